import { z } from 'zod/mini';
import { meanShare, profileOf, type Profile } from '../results/profile.js';
import {
  blockBase,
  choiceValue,
  idText,
  PerTypeSchema,
  ScenarioIdSchema,
  scalePoints,
  shortText,
} from '../scenario/fields.js';
import { IdealTypeSchema } from '../scenario/perspectives.js';
import { itemByItem, never, samplePoints, type BlockKindRules } from './kind.js';

/** The stellingenlijst: each statement measures an ideal type; the room's triangle is its chart. */

export const StatementsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('statements'),
  items: z
    .array(
      z.strictObject({
        id: ScenarioIdSchema,
        text: shortText,
        type: IdealTypeSchema,
        /** Agreeing with a reversed statement counts against its type. */
        reversed: z._default(z.boolean(), false),
      }),
    )
    .check(z.minLength(3), z.maxLength(90)),
  points: scalePoints,
  /**
   * The same list again, a measurement later (day two's nameting): the console shows both
   * triangles side by side, the projector the group's average then and now.
   */
  repeats: z.optional(ScenarioIdSchema),
});

/** The statements without their ideal type: knowing it would colour the answers. */
export const StatementsContentSchema = z.strictObject({
  kind: z.literal('statements'),
  items: z.array(idText),
  points: z.int(),
});

/** Answered item by item: a patch of statement id → point on the scale. */
export const StatementsAnswerSchema = z.strictObject({
  kind: z.literal('statements'),
  values: z.record(ScenarioIdSchema, choiceValue),
});

export const StatementsResultsSchema = z.strictObject({
  kind: z.literal('statements'),
  respondents: z.int(),
  complete: z.int(),
  points: z.array(PerTypeSchema),
  mean: z.nullable(PerTypeSchema),
});

const answerRules = itemByItem<
  z.infer<typeof StatementsAnswerSchema>,
  z.infer<typeof StatementsBlockSchema>
>((block) => (block.kind === 'statements' ? { items: block.items, points: block.points } : null), {
  results: (block, answers) => {
    const profiles: Profile[] = [];
    const complete: Profile[] = [];
    for (const answer of answers) {
      const { profile, finished } = scored(block, answer);
      if (!profile) continue;
      profiles.push(profile);
      // Only finished lists go into the picture: a half-answered one leans to whichever type
      // its first statements happened to be about.
      if (finished) complete.push(profile);
    }
    const points = complete
      .map((profile) => profile.share)
      .sort(
        (a, b) =>
          a.bureaucraat - b.bureaucraat || a.ondernemer - b.ondernemer || a.verbinder - b.verbinder,
      );
    return {
      kind: 'statements',
      respondents: profiles.length,
      complete: complete.length,
      points,
      mean: meanShare(complete),
    };
  },
  sample: (block, n) => ({
    kind: 'statements',
    values: samplePoints(block.items, block.points, n * 3),
  }),
});

type StatementsAnswer = z.infer<typeof StatementsAnswerSchema>;
type StatementsBlock = z.infer<typeof StatementsBlockSchema>;

/**
 * An answer's profile and whether it is finished, worked out once per answer: an answer is never
 * changed (a new tap makes a new one), and replay adds up the same answers of the list at every
 * seek while it is on screen.
 */
function scored(
  block: StatementsBlock,
  answer: StatementsAnswer,
): { profile: Profile | null; finished: boolean } {
  const known = scores.get(answer);
  if (known?.block === block) return known;
  const profile = profileOf(block, answer.values);
  const score = {
    block,
    profile,
    finished: profile !== null && answerRules.complete(block, answer),
  };
  scores.set(answer, score);
  return score;
}

const scores = new WeakMap<
  StatementsAnswer,
  { block: StatementsBlock; profile: Profile | null; finished: boolean }
>();

export const statementsRules: BlockKindRules<'statements'> = {
  kind: 'statements',
  labelKey: 'kind.statements',
  answer: answerRules,
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({
    kind: 'statements',
    items: block.items.map((item) => ({ id: item.id, text: item.text })),
    points: block.points,
  }),
  question: () => null,
  reference: (block) => ({ field: 'repeats', target: block.repeats }),
  check: (block, { target }) => {
    if (!target) return [];
    // Then and now compare only when both measured the same: each statement, its type and sense.
    const key = (list: StatementsBlock) =>
      list.items.map((item) => `${item.id}:${item.type}:${item.reversed}`).join(', ');
    return key(block) === key(target)
      ? []
      : [
          {
            path: ['items'],
            message: `a repeated stellingenlijst keeps the statements of "${target.id}": the same ids, types and reversals, in the same order`,
          },
        ];
  },
  template: (id) => ({
    id,
    kind: 'statements',
    title: 'Nieuwe vragenlijst',
    minutes: 10,
    items: [
      { id: `${id}-vraag-1`, text: 'Regels geven houvast.', type: 'bureaucraat' },
      { id: `${id}-vraag-2`, text: 'Ik zoek kansen op.', type: 'ondernemer' },
      { id: `${id}-vraag-3`, text: 'Ik breng mensen samen.', type: 'verbinder' },
    ],
  }),
  items: { items: (id) => ({ id, text: 'Nieuwe uitspraak', type: 'verbinder' }) },
};
