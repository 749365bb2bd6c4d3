import { z } from 'zod/mini';
import { blockBase } from '../scenario/fields.js';
import { never, type BlockKindRules } from './kind.js';

/** A text for the screen and the phones; nothing to answer. */

export const InfoBlockSchema = z.strictObject({ ...blockBase, kind: z.literal('info') });
export const InfoContentSchema = z.strictObject({ kind: z.literal('info') });

export const infoRules: BlockKindRules<'info'> = {
  kind: 'info',
  labelKey: 'kind.info',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: true,
  anonymous: never,
  content: () => ({ kind: 'info' }),
  question: () => null,
  reference: null,
  check: null,
  template: (id) => ({
    id,
    kind: 'info',
    title: 'Nieuw informatieblok',
    minutes: 5,
    screen: 'Tekst voor het scherm.',
  }),
  items: {},
};
