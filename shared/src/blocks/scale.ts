import { z } from 'zod/mini';
import {
  blockBase,
  choiceValue,
  idText,
  ScenarioIdSchema,
  scalePoints,
  shortText,
} from '../scenario/fields.js';
import { itemByItem, never, samplePoints, type BlockKindRules } from './kind.js';

/** Statements rated from disagree to agree, answered one by one, charted per statement. */

export const ScaleBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('scale'),
  statements: z
    .array(z.strictObject({ id: ScenarioIdSchema, text: shortText }))
    .check(z.minLength(1), z.maxLength(20)),
  /** Points on the agree–disagree scale. */
  points: scalePoints,
  repeats: z.optional(ScenarioIdSchema),
});

export const ScaleContentSchema = z.strictObject({
  kind: z.literal('scale'),
  statements: z.array(idText),
  points: z.int(),
});

/** Answered item by item: a patch of statement id → point on the scale. */
export const ScaleAnswerSchema = z.strictObject({
  kind: z.literal('scale'),
  values: z.record(ScenarioIdSchema, choiceValue),
});

export const ScaleResultsSchema = z.strictObject({
  kind: z.literal('scale'),
  respondents: z.int(),
  statements: z.record(
    z.string(),
    z.strictObject({ counts: z.array(z.int()), mean: z.nullable(z.number()) }),
  ),
});

export const scaleRules: BlockKindRules<'scale'> = {
  kind: 'scale',
  labelKey: 'kind.scale',
  answer: itemByItem(
    (block) => (block.kind === 'scale' ? { items: block.statements, points: block.points } : null),
    {
      results: (block, answers) => {
        const statements: Record<string, { counts: number[]; mean: number | null }> = {};
        for (const statement of block.statements) {
          const counts = new Array<number>(block.points).fill(0);
          let sum = 0;
          let n = 0;
          for (const answer of answers) {
            const value = answer.values[statement.id];
            if (value === undefined || value < 1 || value > block.points) continue;
            counts[value - 1]! += 1;
            sum += value;
            n++;
          }
          statements[statement.id] = {
            counts,
            mean: n > 0 ? Math.round((sum / n) * 100) / 100 : null,
          };
        }
        return { kind: 'scale', respondents: answers.length, statements };
      },
      sample: (block, n) => ({
        kind: 'scale',
        values: samplePoints(block.statements, block.points, n),
      }),
    },
  ),
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({
    kind: 'scale',
    statements: block.statements.map((s) => ({ id: s.id, text: s.text })),
    points: block.points,
  }),
  question: () => null,
  reference: (block) => ({ field: 'repeats', target: block.repeats }),
  check: (block, { target }) => {
    if (!target) return [];
    const mine = block.statements.map((s) => s.id).join(', ');
    const theirs = target.statements.map((s) => s.id).join(', ');
    return mine === theirs
      ? []
      : [
          {
            path: ['statements'],
            message: `a repeated scale keeps the statements of "${target.id}" (${theirs}); found ${mine}`,
          },
        ];
  },
  template: (id) => ({
    id,
    kind: 'scale',
    title: 'Nieuwe schaalvraag',
    minutes: 5,
    statements: [{ id: `${id}-stelling-1`, text: 'Een stelling om op te reageren.' }],
  }),
  items: { statements: (id) => ({ id, text: 'Nieuwe stelling' }) },
};
