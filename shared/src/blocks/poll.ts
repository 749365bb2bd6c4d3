import { never, replacing, type BlockKindRules } from './kind.js';

/** A vote: one or several options, tallied as bars the projector can show. */
export const pollRules: BlockKindRules<'poll'> = {
  kind: 'poll',
  labelKey: 'kind.poll',
  answer: replacing(
    (a, b) => a.optionIds.join() === b.optionIds.join(),
    (answer) => answer.optionIds.length > 0,
  ),
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
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
