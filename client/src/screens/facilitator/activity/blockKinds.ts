import { ANSWERABLE_KINDS, type Block } from '@samenspel/shared';

// Which blocks have a chart to reveal is the server's rule too: one definition, in shared.
export { hasChart, type ChartBlock } from '@samenspel/shared';

/** Blocks participants answer on their phone: these can be locked. */
export function takesAnswers(block: Block): boolean {
  return ANSWERABLE_KINDS.has(block.kind);
}

/** A block where nobody, the facilitator included, may learn who answered what. */
export function isAnonymous(block: Block): boolean {
  return block.kind === 'reflection' && block.anonymous;
}
