import { ANSWERABLE_KINDS, type Block } from '@samenspel/shared';

// Which blocks have a chart to reveal is the server's rule too: one definition, in shared.
export { hasChart, type ChartBlock } from '@samenspel/shared';

/** Blocks participants answer on their phone: these can be locked. */
export function takesAnswers(block: Block): boolean {
  return ANSWERABLE_KINDS.has(block.kind);
}

/** Who answered what stays unknown here, to the facilitator too: the projection's own rule. */
export { isAnonymousBlock as isAnonymous } from '@samenspel/shared';
