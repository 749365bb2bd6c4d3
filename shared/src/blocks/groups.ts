import { z } from 'zod/mini';
import { blockBase, shortText } from '../scenario/fields.js';
import { never, type BlockKindRules } from './kind.js';

/** Groups formed from the console for a talk; nothing answered on the phone. */

export const GroupsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('groups'),
  size: z.int().check(z.minimum(2), z.maximum(12)),
  prompt: shortText,
});

export const GroupsContentSchema = z.strictObject({
  kind: z.literal('groups'),
  size: z.int(),
  prompt: z.string(),
});

export const groupsRules: BlockKindRules<'groups'> = {
  kind: 'groups',
  labelKey: 'kind.groups',
  answer: null,
  chart: false,
  consoleActivity: true,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({ kind: 'groups', size: block.size, prompt: block.prompt }),
  question: (block) => block.prompt,
  reference: null,
  check: null,
  groupSize: (block) => block.size,
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
