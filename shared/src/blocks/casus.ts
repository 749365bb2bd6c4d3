import { never, type BlockKindRules } from './kind.js';

/** A round of the case, seen from one perspective; talked about in the room, not answered. */
export const casusRules: BlockKindRules<'casus'> = {
  kind: 'casus',
  labelKey: 'kind.casus',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'casus',
    title: 'Nieuwe casus',
    minutes: 15,
    case: 'Beschrijf hier de casus.',
    perspective: 'verbinder',
  }),
  items: {},
};
