import { itemByItem, never, type BlockKindRules } from './kind.js';

/** The stellingenlijst: each statement measures an ideal type; the room's triangle is its chart. */
export const statementsRules: BlockKindRules<'statements'> = {
  kind: 'statements',
  labelKey: 'kind.statements',
  answer: itemByItem((block) =>
    block.kind === 'statements' ? { items: block.items, points: block.points } : null,
  ),
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'statements',
    title: 'Nieuwe vragenlijst',
    minutes: 10,
    items: [
      { id: `${id}-vraag-1`, text: 'Regels geven houvast.', type: 'bureaucraat' },
      { id: `${id}-vraag-2`, text: 'Ik zoek kansen op.', type: 'ondernemer' },
      { id: `${id}-vraag-3`, text: 'Ik breng mensen samen.', type: 'verbinder' },
    ],
  }),
  items: { items: (id) => ({ id, text: 'Nieuwe uitspraak', type: 'verbinder' }) },
};
