import { ANSWERABLE_KINDS, type Block } from '@samenspel/shared';

/** Blocks whose tally is a chart that can be put on the projector. */
export type ChartBlock = Extract<Block, { kind: 'poll' | 'scale' | 'statements' }>;

/** Blocks participants answer on their phone: these can be locked. */
export function takesAnswers(block: Block): boolean {
  return ANSWERABLE_KINDS.has(block.kind);
}

/**
 * Only charts are revealed: a reflection reaches the screen one highlighted text at a time, and
 * intentions are personal, so "showing the results" would mean nothing there.
 */
export function hasChart(block: Block): block is ChartBlock {
  return block.kind === 'poll' || block.kind === 'scale' || block.kind === 'statements';
}

/** A block where nobody, the facilitator included, may learn who answered what. */
export function isAnonymous(block: Block): boolean {
  return block.kind === 'reflection' && block.anonymous;
}
