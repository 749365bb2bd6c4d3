import { z } from 'zod';
import { ScenarioIdSchema } from '../scenario/schema.js';

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

export const ANSWERABLE_KINDS: ReadonlySet<string> = new Set<AnswerKind>([
  'poll',
  'scale',
  'statements',
  'reflection',
  'intentions',
]);
