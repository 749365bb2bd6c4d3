import { never, type BlockKindRules } from './kind.js';

/** Intentions: personal, so nothing to show the room as results. */
export const intentionsRules: BlockKindRules<'intentions'> = {
  kind: 'intentions',
  labelKey: 'kind.intentions',
  takesAnswers: true,
  chart: false,
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
