import { z } from 'zod/mini';
import { blockBase, shortText } from '../scenario/fields.js';
import { misfit, never, replacing, type BlockKindRules } from './kind.js';

/** Intentions: personal, so nothing to show the room as results. */

/** Longest intention the protocol carries. */
export const MAX_INTENTION_LENGTH = 500;

export const IntentionsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('intentions'),
  prompt: shortText,
  max: z._default(z.int().check(z.minimum(1), z.maximum(10)), 3),
});

export const IntentionsContentSchema = z.strictObject({
  kind: z.literal('intentions'),
  prompt: z.string(),
  max: z.int(),
});

export const IntentionsAnswerSchema = z.strictObject({
  kind: z.literal('intentions'),
  items: z
    .array(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_INTENTION_LENGTH)))
    .check(z.minLength(1), z.maxLength(10)),
});

export const IntentionsResultsSchema = z.strictObject({
  kind: z.literal('intentions'),
  respondents: z.int(),
});

const SAMPLE_INTENTIONS = [
  ['Maandag het gesprek aangaan met mijn afdelingshoofd'],
  ['Bij het volgende dossier eerst de politieke context schetsen', 'Een keukenbezoek plannen'],
  ['Vaker hardop zeggen wat ik zie'],
];

export const intentionsRules: BlockKindRules<'intentions'> = {
  kind: 'intentions',
  labelKey: 'kind.intentions',
  answer: replacing({
    same: (a, b) => a.items.join('\u0000') === b.items.join('\u0000'),
    done: (answer) => answer.items.length > 0,
    fit: (block, answer) => {
      if (answer.items.length > block.max) {
        throw misfit(`write at most ${block.max} intentions`, 'answer.items');
      }
    },
    results: (_block, answers) => ({ kind: 'intentions', respondents: answers.length }),
    cells: (answer) => [[null, JSON.stringify(answer.items)]],
    sample: (block, n) => ({
      kind: 'intentions',
      items: SAMPLE_INTENTIONS[n % SAMPLE_INTENTIONS.length]!.slice(0, block.max),
    }),
  }),
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({ kind: 'intentions', prompt: block.prompt, max: block.max }),
  question: (block) => block.prompt,
  reference: null,
  check: null,
  template: (id) => ({
    id,
    kind: 'intentions',
    title: 'Nieuwe voornemens',
    minutes: 5,
    prompt: 'Wat gaat u anders doen?',
  }),
  items: {},
};
