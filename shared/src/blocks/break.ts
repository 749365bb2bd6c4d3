import { z } from 'zod/mini';
import { blockBase } from '../scenario/fields.js';
import { never, type BlockKindRules } from './kind.js';

/** A pause; its timer starts by itself. */

export const BreakBlockSchema = z.strictObject({ ...blockBase, kind: z.literal('break') });
export const BreakContentSchema = z.strictObject({ kind: z.literal('break') });

export const breakRules: BlockKindRules<'break'> = {
  kind: 'break',
  labelKey: 'kind.break',
  answer: null,
  chart: false,
  consoleActivity: false,
  timerBeside: false,
  anonymous: never,
  content: () => ({ kind: 'break' }),
  question: () => null,
  reference: null,
  check: null,
  template: (id) => ({ id, kind: 'break', title: 'Pauze', minutes: 10, autoStartTimer: true }),
  items: {},
};
