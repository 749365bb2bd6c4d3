import { z } from 'zod';
import { BlockKindSchema, ScenarioSchema } from '../scenario/schema.js';
import { PerspectiveSchema } from '../scenario/perspectives.js';
import { TimerSchema } from '../room/timer.js';

/**
 * What each audience is sent. These schemas are the contract: the projections in
 * `projections/` return exactly these shapes, and the tests check nothing more leaks.
 */

const RoomStatusSchema = z.enum(['lobby', 'running', 'ended']);

export const RoomInfoSchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  title: z.string(),
  groupName: z.string().nullable(),
  status: RoomStatusSchema,
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
});
export type RoomInfo = z.infer<typeof RoomInfoSchema>;

/** The part of a block anyone in the room may see; `text` is the audience's own text. */
export const BlockViewSchema = z.strictObject({
  index: z.number().int(),
  id: z.string(),
  title: z.string(),
  kind: BlockKindSchema,
  minutes: z.number(),
  text: z.string().nullable(),
  perspective: PerspectiveSchema.nullable(),
});
export type BlockView = z.infer<typeof BlockViewSchema>;

export const ParticipantSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string().nullable(),
  presence: z.enum(['connected', 'dropped', 'left']),
  joinedAt: z.number(),
});
export type ParticipantSummary = z.infer<typeof ParticipantSummarySchema>;

export const HeadcountSchema = z.strictObject({
  /** Members who have not left. */
  members: z.number().int(),
  connected: z.number().int(),
});
export type Headcount = z.infer<typeof HeadcountSchema>;

export const FacilitatorViewSchema = z.strictObject({
  role: z.literal('facilitator'),
  room: RoomInfoSchema,
  scenario: ScenarioSchema,
  currentBlockIndex: z.number().int().nullable(),
  visits: z.array(z.strictObject({ blockIndex: z.number().int(), enteredAt: z.number() })),
  timer: TimerSchema.nullable(),
  participants: z.array(ParticipantSummarySchema),
  headcount: HeadcountSchema,
});
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

export const PresenterViewSchema = z.strictObject({
  role: z.literal('presenter'),
  room: RoomInfoSchema,
  block: BlockViewSchema.nullable(),
  blockCount: z.number().int(),
  timer: TimerSchema.nullable(),
  headcount: HeadcountSchema,
});
export type PresenterView = z.infer<typeof PresenterViewSchema>;

export const ParticipantViewSchema = z.strictObject({
  role: z.literal('participant'),
  room: RoomInfoSchema,
  me: z.strictObject({ id: z.string(), name: z.string().nullable() }),
  block: BlockViewSchema.nullable(),
  blockCount: z.number().int(),
  timer: TimerSchema.nullable(),
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;

/** A phone that has the code but has not joined yet sees only the room's name and state. */
export const GuestViewSchema = z.strictObject({
  role: z.literal('guest'),
  room: RoomInfoSchema,
});
export type GuestView = z.infer<typeof GuestViewSchema>;

export const ViewSchema = z.discriminatedUnion('role', [
  FacilitatorViewSchema,
  PresenterViewSchema,
  ParticipantViewSchema,
  GuestViewSchema,
]);
export type View = z.infer<typeof ViewSchema>;
