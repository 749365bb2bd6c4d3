import { z } from 'zod/mini';
import { blockBase, ScenarioIdSchema, shortText } from '../scenario/fields.js';
import { earlierBlockProblems } from './earlier-block.js';
import { misfit, replacing, type BlockKindRules } from './kind.js';

/**
 * A written reflection. It reaches the screen one highlighted text at a time, so there is no
 * chart to reveal; marked anonymous, nobody may learn who wrote what.
 */

/** Longest reflection the protocol carries; a block may set a lower limit. */
export const MAX_TEXT_ANSWER = 5000;

export const ReflectionBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('reflection'),
  prompt: shortText,
  anonymous: z._default(z.boolean(), false),
  maxLength: z._default(z.int().check(z.minimum(20), z.maximum(MAX_TEXT_ANSWER)), 1000),
  /**
   * Looking back on an earlier intentions block (day two of a training: "wat heeft u ermee
   * gedaan?"): each phone shows its own intentions from there above the prompt.
   */
  intentionsFrom: z.optional(ScenarioIdSchema),
  /**
   * The report-back on a keukenbezoek planned in an earlier visit block: each phone shows its
   * own agreement there (with whom, at whose kitchen, the question) above the prompt.
   */
  visitFrom: z.optional(ScenarioIdSchema),
});

export const ReflectionContentSchema = z.strictObject({
  kind: z.literal('reflection'),
  prompt: z.string(),
  anonymous: z.boolean(),
  maxLength: z.int(),
});

export const ReflectionAnswerSchema = z.strictObject({
  kind: z.literal('reflection'),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT_ANSWER)),
});

export const ReflectionResultsSchema = z.strictObject({
  kind: z.literal('reflection'),
  respondents: z.int(),
});

const SAMPLE_REFLECTIONS = [
  'Ik ga eerder vragen wat de wethouder precies nodig heeft, in plaats van meteen een notitie te schrijven.',
  'Mijn bestuurder hoort het liever vroeg en onaf dan laat en perfect.',
  'Ik merk dat ik de regels als schild gebruik. Dat wil ik vaker bespreekbaar maken.',
];

export const reflectionRules: BlockKindRules<'reflection'> = {
  kind: 'reflection',
  labelKey: 'kind.reflection',
  answer: {
    ...replacing({
      same: (a, b) => a.text === b.text,
      done: (answer) => answer.text.trim().length > 0,
      fit: (block, answer) => {
        if (answer.text.length > block.maxLength) {
          throw misfit(
            `a reflection here has at most ${block.maxLength} characters`,
            'answer.text',
          );
        }
      },
      results: (_block, answers) => ({ kind: 'reflection', respondents: answers.length }),
      cells: (answer) => [[null, answer.text]],
      sample: (block, n) => ({
        kind: 'reflection',
        text: SAMPLE_REFLECTIONS[n % SAMPLE_REFLECTIONS.length]!.slice(0, block.maxLength),
      }),
    }),
    // Moderation names a reflection by its own id, never by its author.
    ownsTextId: true,
  },
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: (block) => block.anonymous,
  content: (block) => ({
    kind: 'reflection',
    prompt: block.prompt,
    anonymous: block.anonymous,
    maxLength: block.maxLength,
  }),
  question: (block) => block.prompt,
  reference: null,
  check: (block, { programme, index }) => [
    ...earlierBlockProblems(
      programme,
      index,
      'intentionsFrom',
      block.intentionsFrom,
      'intentions',
      'block of intentions',
    ),
    ...earlierBlockProblems(
      programme,
      index,
      'visitFrom',
      block.visitFrom,
      'visit',
      'keukenbezoek block',
    ),
  ],
  template: (id) => ({
    id,
    kind: 'reflection',
    title: 'Nieuwe reflectie',
    minutes: 5,
    prompt: 'Wat neemt u mee?',
  }),
  items: {},
};
