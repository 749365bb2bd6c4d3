import { never, type BlockKindRules } from './kind.js';

/** A text for the screen and the phones; nothing to answer. */
export const infoRules: BlockKindRules<'info'> = {
  kind: 'info',
  labelKey: 'kind.info',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'info',
    title: 'Nieuw informatieblok',
    minutes: 5,
    screen: 'Tekst voor het scherm.',
  }),
  items: {},
};
