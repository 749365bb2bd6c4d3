import { never, replacing, type BlockKindRules } from './kind.js';

/** Intentions: personal, so nothing to show the room as results. */
export const intentionsRules: BlockKindRules<'intentions'> = {
  kind: 'intentions',
  labelKey: 'kind.intentions',
  answer: replacing(
    (a, b) => a.items.join('\u0000') === b.items.join('\u0000'),
    (answer) => answer.items.length > 0,
  ),
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'intentions',
    title: 'Nieuwe voornemens',
    minutes: 5,
    prompt: 'Wat gaat u anders doen?',
  }),
  items: {},
};
