import { z } from 'zod/mini';
import { choiceValue, ScenarioIdSchema } from '../scenario/fields.js';
import { IdealTypeSchema } from '../scenario/perspectives.js';
import { CommandIdSchema } from './commands.js';

/**
 * The public self-test: anyone answers the stellingenlijst on their own, sees their picture, and
 * may carry the result into a workshop room later with a short code. The list itself is the
 * shipped programme's stellingenlijst, served by the server, so there is one copy of it.
 */

/** GET /api/self-test: the statements with their ideal types (the self-test scores them itself). */
export const SelfTestListSchema = z.strictObject({
  points: z.int(),
  items: z.array(
    z.strictObject({
      id: z.string(),
      text: z.string(),
      type: IdealTypeSchema,
      reversed: z.boolean(),
    }),
  ),
});
export type SelfTestList = z.infer<typeof SelfTestListSchema>;

/** The self-test's answers: statement id → point on the scale. */
export const SelfTestValuesSchema = z.record(ScenarioIdSchema, choiceValue);
export type SelfTestValues = z.infer<typeof SelfTestValuesSchema>;

/** POST /api/self-test/results: a finished self-test, kept so it can be carried into a room. */
export const SelfTestSaveRequestSchema = z.strictObject({ values: SelfTestValuesSchema });
export type SelfTestSaveRequest = z.infer<typeof SelfTestSaveRequestSchema>;

/**
 * Eight letters and digits without the ones that are mistaken for each other (0/O, 1/I/L), shown
 * as two groups of four: about 40 bits, typed on a phone in a few seconds.
 */
export const SELF_TEST_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const SELF_TEST_CODE_LENGTH = 8;

/** A code as a person may type it: any case, with or without the dash and spaces. */
export function normalizeSelfTestCode(input: string): string | null {
  const bare = input.toUpperCase().replace(/[\s-]/g, '');
  if (bare.length !== SELF_TEST_CODE_LENGTH) return null;
  for (const char of bare) if (!SELF_TEST_CODE_ALPHABET.includes(char)) return null;
  return bare;
}

/** The code as it is shown: ABCD-EFGH. */
export function formatSelfTestCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

export const SelfTestSavedSchema = z.strictObject({
  code: z.string(),
  /** Until when the code can be carried into a room. */
  expiresAt: z.number(),
});
export type SelfTestSaved = z.infer<typeof SelfTestSavedSchema>;

/**
 * POST /api/self-test/claims: a phone in a room takes a self-test's answers, once. `claim` is a
 * random id the phone makes and keeps with it: the same claim asked again (its answer lost on
 * bad Wi-Fi) gets the answers again; any other is told the code was used.
 */
export const SelfTestClaimRequestSchema = z.strictObject({
  code: z.string().check(z.maxLength(20)),
  claim: CommandIdSchema,
});
export type SelfTestClaimRequest = z.infer<typeof SelfTestClaimRequestSchema>;

export const SelfTestClaimedSchema = z.strictObject({ values: SelfTestValuesSchema });
export type SelfTestClaimed = z.infer<typeof SelfTestClaimedSchema>;

/**
 * Whether a room's stellingenlijst is the self-test's: every statement of the block is in the
 * self-test with the same words. Only then do the answers mean the same thing in the room.
 */
export function isSelfTestList(
  list: SelfTestList,
  block: { items: ReadonlyArray<{ id: string; text: string }>; points: number },
): boolean {
  if (block.points !== list.points || block.items.length === 0) return false;
  const texts = new Map(list.items.map((item) => [item.id, item.text]));
  return block.items.every((item) => texts.get(item.id) === item.text);
}
