import { z } from 'zod/mini';
import { blockBase, ScenarioIdSchema, shortText } from '../scenario/fields.js';
import type { ScenarioProblem } from '../scenario/problems.js';
import { misfit, never, replacing, type BlockKindRules, type BlockOf } from './kind.js';

/** A vote: one or several options, tallied as bars the projector can show. */

const optionSchema = z.strictObject({ id: ScenarioIdSchema, label: shortText });

export const PollBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('poll'),
  question: shortText,
  multiple: z._default(z.boolean(), false),
  options: z.array(optionSchema).check(z.minLength(2), z.maxLength(12)),
  /** The id of an earlier block whose question this vote asks again. */
  repeats: z.optional(ScenarioIdSchema),
});

export const PollContentSchema = z.strictObject({
  kind: z.literal('poll'),
  question: z.string(),
  multiple: z.boolean(),
  options: z.array(z.strictObject({ id: z.string(), label: z.string() })),
});

export const PollAnswerSchema = z.strictObject({
  kind: z.literal('poll'),
  optionIds: z.array(ScenarioIdSchema).check(z.minLength(1), z.maxLength(12)),
});

export const PollResultsSchema = z.strictObject({
  kind: z.literal('poll'),
  respondents: z.int(),
  counts: z.record(z.string(), z.int()),
});

type PollBlock = BlockOf<'poll'>;

/** The first option of a repeated vote that differs from the vote it repeats. */
function sameOptions(block: PollBlock, target: PollBlock): ScenarioProblem[] {
  const count = Math.max(block.options.length, target.options.length);
  for (let i = 0; i < count; i++) {
    const mine = block.options[i];
    const theirs = target.options[i];
    if (!mine || !theirs) {
      return [
        {
          path: ['options'],
          message: `a repeated vote keeps the ${target.options.length} options of "${target.id}"; found ${block.options.length}`,
        },
      ];
    }
    for (const field of ['id', 'label'] as const) {
      if (mine[field] !== theirs[field]) {
        return [
          {
            path: ['options', i, field],
            message: `a repeated vote keeps the options of "${target.id}" word for word: expected "${theirs[field]}"; found "${mine[field]}"`,
          },
        ];
      }
    }
  }
  return [];
}

/** Rounds are shown side by side: the same options, worded the same, the same way of choosing. */
function sameVoteAs(block: PollBlock, target: PollBlock): ScenarioProblem[] {
  const problems = sameOptions(block, target);
  if (block.multiple !== target.multiple) {
    problems.push({
      path: [],
      message: `a repeated vote chooses the way "${target.id}" does (multiple: ${target.multiple})`,
    });
  }
  return problems;
}

export const pollRules: BlockKindRules<'poll'> = {
  kind: 'poll',
  labelKey: 'kind.poll',
  answer: replacing({
    same: (a, b) => a.optionIds.join() === b.optionIds.join(),
    done: (answer) => answer.optionIds.length > 0,
    fit: (block, answer) => {
      const known = new Set(block.options.map((o) => o.id));
      if (answer.optionIds.some((id) => !known.has(id))) {
        throw misfit('there is no such option', 'answer.optionIds');
      }
      if (new Set(answer.optionIds).size !== answer.optionIds.length) {
        throw misfit('an option is chosen twice', 'answer.optionIds');
      }
      if (!block.multiple && answer.optionIds.length !== 1) {
        throw misfit('choose exactly one option', 'answer.optionIds');
      }
    },
    results: (block, answers) => {
      const counts: Record<string, number> = {};
      for (const option of block.options) counts[option.id] = 0;
      for (const answer of answers) {
        for (const id of answer.optionIds) if (id in counts) counts[id]! += 1;
      }
      return { kind: 'poll', respondents: answers.length, counts };
    },
    cells: (answer) => [[null, JSON.stringify([...answer.optionIds].sort())]],
    sample: (block, n) => ({
      kind: 'poll',
      optionIds: [block.options[(n * 2) % block.options.length]!.id],
    }),
  }),
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({
    kind: 'poll',
    question: block.question,
    multiple: block.multiple,
    options: block.options.map((o) => ({ id: o.id, label: o.label })),
  }),
  question: (block) => block.question,
  reference: (block) => ({ field: 'repeats', target: block.repeats }),
  check: (block, { target }) => (target ? sameVoteAs(block, target) : []),
  template: (id) => ({
    id,
    kind: 'poll',
    title: 'Nieuwe stemming',
    minutes: 5,
    question: 'Wat vindt u?',
    options: [
      { id: `${id}-optie-1`, label: 'Eens' },
      { id: `${id}-optie-2`, label: 'Oneens' },
    ],
  }),
  items: { options: (id) => ({ id, label: 'Nieuwe optie' }) },
};
