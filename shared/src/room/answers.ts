import type { z } from 'zod/mini';
import type { AnswerSchema } from '../blocks/schemas.js';
import { answerRulesFor, BLOCK_RULES } from '../blocks/registry.js';
import { BLOCK_KINDS, type Block } from '../scenario/schema.js';

export { AnswerSchema } from '../blocks/schemas.js';
export { MAX_TEXT_ANSWER } from '../blocks/reflection.js';
export { MAX_INTENTION_LENGTH } from '../blocks/intentions.js';

/** What a participant can answer: one of the answer kinds' schemas (shared/src/blocks). */
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];

/** The kinds participants answer on their phones (and that can be locked): the kinds' own rule. */
export const ANSWERABLE_KINDS: ReadonlySet<string> = new Set<string>(
  BLOCK_KINDS.filter((kind) => BLOCK_RULES[kind].answer !== null),
);

function rulesFor<A extends Answer>(answer: A) {
  return answerRulesFor<A>(answer.kind);
}

/**
 * A participant's answer after the next one arrives, by its kind's rule (shared/src/blocks):
 * scale and statements are answered item by item, each submission adding to what was there;
 * any other answer replaces the last. The room's fold and the phone's queue of unsent answers
 * both merge by this rule.
 */
export function mergeAnswer(previous: Answer | undefined, next: Answer): Answer {
  return rulesFor(next).merge(previous?.kind === next.kind ? previous : undefined, next);
}

/** An answer sent again as it stands (a double tap, a retry with a new id) changes nothing. */
export function answerChangesNothing(previous: Answer | undefined, next: Answer): boolean {
  return (
    previous !== undefined &&
    previous.kind === next.kind &&
    rulesFor(next).unchanged(previous, next)
  );
}

/** Blocks whose tally is a chart that can be put on the projector. */
export type ChartBlock = Extract<Block, { kind: 'poll' | 'scale' | 'statements' }>;

/**
 * Only charts are revealed: a reflection reaches the screen one highlighted text at a time, and
 * intentions are personal, so "showing the results" would mean nothing there. The server refuses
 * a reveal of any other block, and an imported log is held to the same rule.
 */
export function hasChart(block: Block): block is ChartBlock {
  return BLOCK_RULES[block.kind].chart;
}

/** Why a block's results cannot be revealed, or null when they can. */
export function revealRefusal(block: Block): string | null {
  return hasChart(block) ? null : `a ${block.kind} block has no chart to show`;
}
