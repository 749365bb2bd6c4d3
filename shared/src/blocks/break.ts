import { never, type BlockKindRules } from './kind.js';

/** A pause; its timer starts by itself. */
export const breakRules: BlockKindRules<'break'> = {
  kind: 'break',
  labelKey: 'kind.break',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: false,
  anonymous: never,
  template: (id) => ({ id, kind: 'break', title: 'Pauze', minutes: 10, autoStartTimer: true }),
  items: {},
};
