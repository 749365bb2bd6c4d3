import { itemByItem, never, type BlockKindRules } from './kind.js';

/** Statements rated from disagree to agree, answered one by one, charted per statement. */
export const scaleRules: BlockKindRules<'scale'> = {
  kind: 'scale',
  labelKey: 'kind.scale',
  answer: itemByItem((block) =>
    block.kind === 'scale' ? { items: block.statements, points: block.points } : null,
  ),
  chart: true,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  template: (id) => ({
    id,
    kind: 'scale',
    title: 'Nieuwe schaalvraag',
    minutes: 5,
    statements: [{ id: `${id}-stelling-1`, text: 'Een stelling om op te reageren.' }],
  }),
  items: { statements: (id) => ({ id, text: 'Nieuwe stelling' }) },
};
