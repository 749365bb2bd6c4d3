/**
 * Blocks the report tests share, so each test's programme lists only what makes it different.
 * Plain input objects: the test parses its whole programme with ScenarioSchema.
 */

/** The advice poll's two options: x for pushing on, y for asking the neighbourhood first. */
export const ADVICE_OPTIONS = [
  { id: 'x', label: 'Doorzetten' },
  { id: 'y', label: 'Eerst de wijk' },
];

/** A statements list with one statement per type, so every type gets a score in the report. */
export function statementsBlock(id: string, title: string) {
  return {
    id,
    kind: 'statements' as const,
    title,
    minutes: 5,
    items: [
      { id: 's1', type: 'bureaucraat', text: 'Kaders helpen.' },
      { id: 's2', type: 'ondernemer', text: 'Risico mag.' },
      { id: 's3', type: 'verbinder', text: 'Samen verder.' },
    ],
  };
}
