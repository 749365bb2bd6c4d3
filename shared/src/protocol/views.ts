import { z } from 'zod';
import { BlockKindSchema, ScenarioSchema } from '../scenario/schema.js';
import { PerspectiveSchema } from '../scenario/perspectives.js';
import { TimerSchema } from '../room/timer.js';
import { AnswerSchema } from '../room/answers.js';
import { BlockContentSchema, BlockResultsSchema } from '../blocks/schemas.js';
import { PerTypeSchema } from '../scenario/fields.js';

export { BlockContentSchema, BlockResultsSchema } from '../blocks/schemas.js';
export { PerTypeSchema } from '../scenario/fields.js';

/**
 * What each audience is sent. These schemas are the contract: the projections in
 * `projections/` return exactly these shapes, and the tests check nothing more leaks.
 */

const RoomStatusSchema = z.enum(['lobby', 'running', 'ended']);

export const RoomInfoSchema = z.strictObject({
  roomId: z.string(),
  code: z.string(),
  title: z.string(),
  /** The language of the workshop content, which may differ from the screen's UI language. */
  language: z.enum(['nl', 'en']),
  groupName: z.string().nullable(),
  status: RoomStatusSchema,
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  /** Since when the room takes no new participants; null while it does. */
  joinsClosedAt: z.number().nullable(),
});
export type RoomInfo = z.infer<typeof RoomInfoSchema>;

export type BlockContent = z.infer<typeof BlockContentSchema>;

/** The part of a block anyone in the room may see; `text` is the audience's own text. */
export const BlockViewSchema = z.strictObject({
  index: z.number().int(),
  id: z.string(),
  title: z.string(),
  kind: BlockKindSchema,
  minutes: z.number(),
  text: z.string().nullable(),
  perspective: PerspectiveSchema.nullable(),
  content: BlockContentSchema,
});

export const ProfileSchema = z.strictObject({
  /** The stellingenlijst it comes from (a programme may measure before and after). */
  blockId: z.string(),
  strength: PerTypeSchema,
  share: PerTypeSchema,
  answered: z.number().int(),
  total: z.number().int(),
});

/** One round of a question that returns: the shift between perspective rounds. */
export const RoundResultsSchema = z.strictObject({
  blockId: z.string(),
  title: z.string(),
  /** The perspective of the casus that came just before this round, if any. */
  perspective: PerspectiveSchema.nullable(),
  results: BlockResultsSchema.nullable(),
});
export type RoundResults = z.infer<typeof RoundResultsSchema>;
export type BlockView = z.infer<typeof BlockViewSchema>;

export const ParticipantSummarySchema = z.strictObject({
  id: z.string(),
  name: z.string().nullable(),
  /** `removed`: the facilitator took them out; their answers are in no result. */
  presence: z.enum(['connected', 'dropped', 'left', 'removed']),
  joinedAt: z.number(),
});
export type ParticipantSummary = z.infer<typeof ParticipantSummarySchema>;

export const HeadcountSchema = z.strictObject({
  /** Members who have neither left nor been removed. */
  members: z.number().int(),
  connected: z.number().int(),
});
export type Headcount = z.infer<typeof HeadcountSchema>;

/** A reflection as the console shows it; `author` is null when the block is anonymous. */
export const ModeratedReflectionSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  author: z.string().nullable(),
  hidden: z.boolean(),
  highlighted: z.boolean(),
});

/** How far the room is with a block (`progressOf`): finished answers, and begun but unfinished. */
export const ProgressSchema = z.strictObject({
  complete: z.number().int(),
  started: z.number().int(),
});

/** Everything that happened in one block, as the facilitator may see it. */
export const FacilitatorRunSchema = z.strictObject({
  locked: z.boolean(),
  revealed: z.boolean(),
  answered: z.number().int(),
  /** Of those who answered, how many finished (a whole scale or list) and how many only began. */
  progress: ProgressSchema,
  /** Who answered; empty for an anonymous block, where only the count is known. */
  answeredBy: z.array(z.string()),
  /** Who of them finished; empty for an anonymous block. */
  completeBy: z.array(z.string()),
  results: BlockResultsSchema.nullable(),
  reflections: z.array(ModeratedReflectionSchema),
  /** participant id → card id */
  roles: z.record(z.string(), z.string()).nullable(),
  groups: z.array(z.array(z.string())).nullable(),
});
export type FacilitatorRun = z.infer<typeof FacilitatorRunSchema>;

/**
 * The console's live state: everything the facilitator may see except the programme. It is
 * what each update carries; the programme, ten times its size, comes once per connection in its
 * own message (`ProgrammeMessage`), and the console joins the two (`showView`).
 */
export const FacilitatorLiveSchema = z.strictObject({
  role: z.literal('facilitator'),
  room: RoomInfoSchema,
  currentBlockIndex: z.number().int().nullable(),
  visits: z.array(z.strictObject({ blockIndex: z.number().int(), enteredAt: z.number() })),
  timer: TimerSchema.nullable(),
  participants: z.array(ParticipantSummarySchema),
  headcount: HeadcountSchema,
  /** Per block id, for every block that has been on screen. */
  runs: z.record(z.string(), FacilitatorRunSchema),
  /** The rounds of the current block's question, when it returns from an earlier block. */
  rounds: z.array(RoundResultsSchema),
});
export type FacilitatorLive = z.infer<typeof FacilitatorLiveSchema>;

/** What the console shows: the live state with the room's programme. */
export const FacilitatorViewSchema = FacilitatorLiveSchema.extend({ scenario: ScenarioSchema });
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

/** The current block's activity on the projector: results only once revealed. */
export const PresenterLiveSchema = z.strictObject({
  answered: z.number().int(),
  progress: ProgressSchema,
  locked: z.boolean(),
  revealed: z.boolean(),
  results: BlockResultsSchema.nullable(),
  /** Earlier rounds of the same question, side by side; only rounds that were revealed. */
  rounds: z.array(RoundResultsSchema),
  /** Reflections the facilitator put on screen, without authors. */
  highlighted: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  /** For a roles block: how many play each card. */
  roleCounts: z.record(z.string(), z.number().int()).nullable(),
  groupCount: z.number().int().nullable(),
});
export type PresenterLive = z.infer<typeof PresenterLiveSchema>;

export const PresenterViewSchema = z.strictObject({
  role: z.literal('presenter'),
  room: RoomInfoSchema,
  block: BlockViewSchema.nullable(),
  blockCount: z.number().int(),
  timer: TimerSchema.nullable(),
  headcount: HeadcountSchema,
  live: PresenterLiveSchema.nullable(),
});
export type PresenterView = z.infer<typeof PresenterViewSchema>;

/** The participant's own part of the current block. */
export const ParticipantMineSchema = z.strictObject({
  answer: AnswerSchema.nullable(),
  locked: z.boolean(),
  /** Their own role card, private brief included. */
  role: z
    .strictObject({ id: z.string(), name: z.string(), public: z.string(), brief: z.string() })
    .nullable(),
  /**
   * Their group: its number (from 1) and its members, themselves among them (`me`), each by
   * name (null for anonymous). Only their own group's members, never anyone else's.
   */
  group: z
    .strictObject({
      number: z.number().int(),
      members: z.array(z.strictObject({ name: z.string().nullable(), me: z.boolean() })),
    })
    .nullable(),
  /** Cards were dealt in this block (so a phone without one knows it was left out, not early). */
  rolesDealt: z.boolean(),
  groupsFormed: z.boolean(),
});

/** What a participant takes home: their profile, what they wrote, what they intend. */
export const ParticipantSummarySchemaView = z.strictObject({
  profile: ProfileSchema.nullable(),
  reflections: z.array(
    z.strictObject({ blockId: z.string(), prompt: z.string(), text: z.string() }),
  ),
  intentions: z.array(z.string()),
});

export const ParticipantViewSchema = z.strictObject({
  role: z.literal('participant'),
  room: RoomInfoSchema,
  me: z.strictObject({ id: z.string(), name: z.string().nullable() }),
  block: BlockViewSchema.nullable(),
  blockCount: z.number().int(),
  timer: TimerSchema.nullable(),
  mine: ParticipantMineSchema.nullable(),
  /** Their own profile from the latest stellingenlijst they answered. */
  profile: ProfileSchema.nullable(),
  summary: ParticipantSummarySchemaView,
});
export type ParticipantView = z.infer<typeof ParticipantViewSchema>;

/** A phone that has the code but has not joined yet sees only the room's name and state. */
export const GuestViewSchema = z.strictObject({
  role: z.literal('guest'),
  room: RoomInfoSchema,
});
export type GuestView = z.infer<typeof GuestViewSchema>;

/** What a screen shows. */
export const ViewSchema = z.discriminatedUnion('role', [
  FacilitatorViewSchema,
  PresenterViewSchema,
  ParticipantViewSchema,
  GuestViewSchema,
]);
export type View = z.infer<typeof ViewSchema>;

/** What a view message carries: a screen's view, the console's without its programme. */
export const WireViewSchema = z.discriminatedUnion('role', [
  FacilitatorLiveSchema,
  PresenterViewSchema,
  ParticipantViewSchema,
  GuestViewSchema,
]);
export type WireView = z.infer<typeof WireViewSchema>;
