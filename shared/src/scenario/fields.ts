import { z } from 'zod/mini';
import { isReservedKey, RESERVED_KEY_MESSAGE } from '../room/record-keys.js';

/**
 * The building blocks of the scenario format that every block kind uses. A leaf module: the
 * kinds' own modules (shared/src/blocks) build their schemas from these, and schema.ts assembles
 * the whole programme from the kinds.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const ScenarioIdSchema = z.string().check(
  z.regex(idPattern, 'lowercase letters, digits and dashes, starting with a letter or digit'),
  z.maxLength(64),
  // Block, option and statement ids key records: `constructor` would name an inherited property.
  z.refine((id) => !isReservedKey(id), { message: RESERVED_KEY_MESSAGE }),
);

export const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000));
export const shortText = z.string().check(z.trim(), z.minLength(1), z.maxLength(500));

/** Fields every block has, whatever its kind. */
/** A leergang's series of meetings has at most this many. */
export const MAX_MEETINGS = 10;

export const blockBase = {
  id: ScenarioIdSchema,
  title: shortText,
  /** Planned duration in whole minutes. */
  minutes: z.int().check(z.minimum(0), z.maximum(600)),
  /** Markdown for the presenter screen. */
  screen: z.optional(text),
  /** Markdown for the participant's phone. */
  phone: z.optional(text),
  /** Markdown for the facilitator only: purpose, how to run it, what to watch for. */
  notes: z.optional(text),
  /**
   * The timer starts by itself when the room enters the block (a break, a timed exercise), so the
   * room never reads "not started". Returning to a block brings back the time that was left.
   */
  autoStartTimer: z.optional(z.boolean()),
  /**
   * In a programme of several meetings, the one this block falls in (from 1; without it, the
   * first). See scenario/meetings.ts.
   */
  meeting: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_MEETINGS))),
};

/** Points on an agree–disagree scale. */
export const scalePoints = z._default(z.union([z.literal(5), z.literal(7)]), 5);

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
export const choiceValue = z.int().check(z.minimum(1), z.maximum(7));

/** An item as the room sees it: its id and its text, nothing the programme keeps back. */
export const idText = z.strictObject({ id: z.string(), text: z.string() });

export const PerTypeSchema = z.strictObject({
  bureaucraat: z.number(),
  ondernemer: z.number(),
  verbinder: z.number(),
});
