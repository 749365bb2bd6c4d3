import type { BlockInput, ScenarioInput } from '@samenspel/shared';

/** Pure edits of the draft's block list: each returns a new draft, never mutates its input. */

function indexOfBlock(draft: ScenarioInput, blockId: string): number {
  return draft.blocks.findIndex((block) => block.id === blockId);
}

/** Moves the block at `from` to position `to` (both clamped to the list). */
export function moveBlock(draft: ScenarioInput, from: number, to: number): ScenarioInput {
  const blocks = [...draft.blocks];
  if (from < 0 || from >= blocks.length) return draft;
  const target = Math.max(0, Math.min(blocks.length - 1, to));
  const [moved] = blocks.splice(from, 1);
  if (!moved) return draft;
  blocks.splice(target, 0, moved);
  return { ...draft, blocks };
}

/** Removes one block by id; an unknown id leaves the draft as it is. */
export function deleteBlock(draft: ScenarioInput, blockId: string): ScenarioInput {
  if (indexOfBlock(draft, blockId) < 0) return draft;
  return { ...draft, blocks: draft.blocks.filter((block) => block.id !== blockId) };
}

/** Inserts `block` right after `afterId`, or at the end when there is no such block. */
export function insertBlockAfter(
  draft: ScenarioInput,
  block: BlockInput,
  afterId: string | null,
): ScenarioInput {
  const blocks = [...draft.blocks];
  const index = afterId === null ? -1 : indexOfBlock(draft, afterId);
  blocks.splice(index < 0 ? blocks.length : index + 1, 0, block);
  return { ...draft, blocks };
}

/** Copies a block under `newId`, placed right after the original. */
export function duplicateBlock(
  draft: ScenarioInput,
  blockId: string,
  newId: string,
): ScenarioInput {
  const original = draft.blocks[indexOfBlock(draft, blockId)];
  if (!original) return draft;
  const copy = { ...structuredClone(original), id: newId };
  return insertBlockAfter(draft, copy, blockId);
}
