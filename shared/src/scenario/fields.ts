import { z } from 'zod';
import { isReservedKey, RESERVED_KEY_MESSAGE } from '../room/record-keys.js';

/**
 * The building blocks of the scenario format that every block kind uses. A leaf module: the
 * kinds' own modules (shared/src/blocks) build their schemas from these, and schema.ts assembles
 * the whole programme from the kinds.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const ScenarioIdSchema = z
  .string()
  .regex(idPattern, 'lowercase letters, digits and dashes, starting with a letter or digit')
  .max(64)
  // Block, option and statement ids key records: `constructor` would name an inherited property.
  .refine((id) => !isReservedKey(id), { message: RESERVED_KEY_MESSAGE });

export const text = z.string().trim().min(1).max(20_000);
export const shortText = z.string().trim().min(1).max(500);

/** Fields every block has, whatever its kind. */
export const blockBase = {
  id: ScenarioIdSchema,
  title: shortText,
  /** Planned duration in whole minutes. */
  minutes: z.number().int().min(0).max(600),
  /** Markdown for the presenter screen. */
  screen: text.optional(),
  /** Markdown for the participant's phone. */
  phone: text.optional(),
  /** Markdown for the facilitator only: purpose, how to run it, what to watch for. */
  notes: text.optional(),
  /**
   * The timer starts by itself when the room enters the block (a break, a timed exercise), so the
   * room never reads "not started". Returning to a block brings back the time that was left.
   */
  autoStartTimer: z.boolean().optional(),
};

/** Points on an agree–disagree scale. */
export const scalePoints = z.union([z.literal(5), z.literal(7)]).default(5);

export const roleCardSchema = z.strictObject({
  id: ScenarioIdSchema,
  name: shortText,
  /** What everyone in the room may know about this role. */
  public: text,
  /** The private brief, for the one who plays the role only. */
  brief: text,
});
export type RoleCard = z.infer<typeof roleCardSchema>;

/** A point on the scale as a phone sends it. */
export const choiceValue = z.number().int().min(1).max(7);

/** An item as the room sees it: its id and its text, nothing the programme keeps back. */
export const idText = z.strictObject({ id: z.string(), text: z.string() });

export const PerTypeSchema = z.strictObject({
  bureaucraat: z.number(),
  ondernemer: z.number(),
  verbinder: z.number(),
});
