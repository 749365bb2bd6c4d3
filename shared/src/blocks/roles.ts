import { never, type BlockKindRules } from './kind.js';

const newCard = (id: string, name: string) => ({
  id,
  name,
  public: 'Wat iedereen van deze rol weet.',
  brief: 'Wat alleen de speler van deze rol weet.',
});

/** A role play: cards dealt from the console; nothing answered on the phone. */
export const rolesRules: BlockKindRules<'roles'> = {
  kind: 'roles',
  labelKey: 'kind.roles',
  answer: null,
  chart: false,
  consoleActivity: true,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'roles',
    title: 'Nieuw rollenspel',
    minutes: 20,
    cards: [newCard(`${id}-rol-1`, 'Bestuurder'), newCard(`${id}-rol-2`, 'Ambtenaar')],
  }),
  items: { cards: (id) => newCard(id, 'Nieuwe rol') },
};
