import { blockTemplate, type BlockInput, type BlockKind } from '@samenspel/shared';

/**
 * A new block of each kind, filled with Dutch placeholder text that already passes the checker, so
 * adding a block never leaves the draft with a red problem the trainer did not cause. The template
 * is the kind's own (shared/src/blocks/<kind>.ts); inner ids are derived from the block id.
 */
export function newBlock(kind: BlockKind, id: string): BlockInput {
  return blockTemplate(kind, id);
}
