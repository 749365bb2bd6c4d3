import { z } from 'zod';
import { BLOCK_RULES } from '../blocks/registry.js';
import type { AnswerRules } from '../blocks/kind.js';
import { BLOCK_KINDS, ScenarioIdSchema, type Block } from '../scenario/schema.js';

/**
 * What a participant can answer, per block kind. A command carries one of these; the event
 * carries the same value, so the log holds exactly what was sent.
 */

const choiceValue = z.number().int().min(1).max(7);

/** Longest reflection or intention the protocol carries; a block may set a lower limit. */
export const MAX_TEXT_ANSWER = 5000;
export const MAX_INTENTION_LENGTH = 500;

export const AnswerSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('poll'),
    optionIds: z.array(ScenarioIdSchema).min(1).max(12),
  }),
  /** Scale and statements are answered item by item: a patch of item id → point on the scale. */
  z.strictObject({
    kind: z.literal('scale'),
    values: z.record(ScenarioIdSchema, choiceValue),
  }),
  z.strictObject({
    kind: z.literal('statements'),
    values: z.record(ScenarioIdSchema, choiceValue),
  }),
  z.strictObject({
    kind: z.literal('reflection'),
    text: z.string().trim().min(1).max(MAX_TEXT_ANSWER),
  }),
  z.strictObject({
    kind: z.literal('intentions'),
    items: z.array(z.string().trim().min(1).max(MAX_INTENTION_LENGTH)).min(1).max(10),
  }),
]);
export type Answer = z.infer<typeof AnswerSchema>;
export type AnswerKind = Answer['kind'];

/** The kinds participants answer on their phones (and that can be locked): the kinds' own rule. */
export const ANSWERABLE_KINDS: ReadonlySet<string> = new Set<string>(
  BLOCK_KINDS.filter((kind) => BLOCK_RULES[kind].answer !== null),
);

/** The answer rules of an answer's own kind (each answer kind is a block kind's). */
function rulesFor<A extends Answer>(answer: A): AnswerRules<A> {
  return BLOCK_RULES[answer.kind].answer as unknown as AnswerRules<A>;
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
