import { replacing, type BlockKindRules } from './kind.js';

/**
 * A written reflection. It reaches the screen one highlighted text at a time, so there is no
 * chart to reveal; marked anonymous, nobody may learn who wrote what.
 */
export const reflectionRules: BlockKindRules<'reflection'> = {
  kind: 'reflection',
  labelKey: 'kind.reflection',
  answer: replacing(
    (a, b) => a.text === b.text,
    (answer) => answer.text.trim().length > 0,
  ),
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: (block) => block.anonymous,
  template: (id) => ({
    id,
    kind: 'reflection',
    title: 'Nieuwe reflectie',
    minutes: 5,
    prompt: 'Wat neemt u mee?',
  }),
  items: {},
};
