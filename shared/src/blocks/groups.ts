import { never, type BlockKindRules } from './kind.js';

/** Groups formed from the console for a talk; nothing answered on the phone. */
export const groupsRules: BlockKindRules<'groups'> = {
  kind: 'groups',
  labelKey: 'kind.groups',
  answer: null,
  chart: false,
  consoleActivity: true,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'groups',
    title: 'Nieuwe groepsopdracht',
    minutes: 15,
    size: 3,
    prompt: 'Bespreek in uw groep.',
  }),
  items: {},
};
