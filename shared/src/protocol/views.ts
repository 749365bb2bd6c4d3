import { z } from 'zod/mini';
import { BlockKindSchema, ScenarioSchema } from '../scenario/schema.js';
import { PerspectiveSchema } from '../scenario/perspectives.js';
import { TimerSchema } from '../room/timer.js';
import { AnswerSchema } from '../room/answers.js';
import { BlockContentSchema, BlockResultsSchema } from '../blocks/schemas.js';
import { PerTypeSchema } from '../scenario/fields.js';
import { ConsoleCasesSchema, PhoneCasesSchema, ScreenCasesSchema } from '../blocks/practice.js';
import { VisitAgreementSchema } from '../blocks/visit.js';

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
  groupName: z.nullable(z.string()),
  status: RoomStatusSchema,
  createdAt: z.number(),
  startedAt: z.nullable(z.number()),
  endedAt: z.nullable(z.number()),
  /** Since when the room takes no new participants; null while it does. */
  joinsClosedAt: z.nullable(z.number()),
  /** Only in a programme of several meetings: where the cohort is in it. */
  meeting: z.optional(
    z.strictObject({
      /** The meeting the room is in (or rests after), from 1. */
      number: z.int(),
      count: z.int(),
      title: z.string(),
      /** Since when the room rests after this meeting; null while it runs. */
      restingSince: z.nullable(z.number()),
      /** The title of the meeting that comes next; null after the last. */
      next: z.nullable(z.string()),
      /** Where this meeting's blocks sit in the programme: the first one's index, and how many. */
      firstBlock: z.int(),
      blocks: z.int(),
    }),
  ),
});
export type RoomInfo = z.infer<typeof RoomInfoSchema>;

export type BlockContent = z.infer<typeof BlockContentSchema>;

/** The part of a block anyone in the room may see; `text` is the audience's own text. */
export const BlockViewSchema = z.strictObject({
  index: z.int(),
  id: z.string(),
  title: z.string(),
  kind: BlockKindSchema,
  minutes: z.number(),
  text: z.nullable(z.string()),
  perspective: z.nullable(PerspectiveSchema),
  content: BlockContentSchema,
});

export const ProfileSchema = z.strictObject({
  /** The stellingenlijst it comes from (a programme may measure before and after). */
  blockId: z.string(),
  strength: PerTypeSchema,
  share: PerTypeSchema,
  answered: z.int(),
  total: z.int(),
});

/** One round of a question that returns: the shift between perspective rounds. */
export const RoundResultsSchema = z.strictObject({
  blockId: z.string(),
  title: z.string(),
  /** The perspective of the casus that came just before this round, if any. */
  perspective: z.nullable(PerspectiveSchema),
  results: z.nullable(BlockResultsSchema),
});
export type RoundResults = z.infer<typeof RoundResultsSchema>;
export type BlockView = z.infer<typeof BlockViewSchema>;

export const ParticipantSummarySchema = z.strictObject({
  id: z.string(),
  name: z.nullable(z.string()),
  /** `removed`: the facilitator took them out; their answers are in no result. */
  presence: z.enum(['connected', 'dropped', 'left', 'removed']),
  joinedAt: z.number(),
});
export type ParticipantSummary = z.infer<typeof ParticipantSummarySchema>;

export const HeadcountSchema = z.strictObject({
  /** Members who have neither left nor been removed. */
  members: z.int(),
  connected: z.int(),
});
export type Headcount = z.infer<typeof HeadcountSchema>;

/** A reflection as the console shows it; `author` is null when the block is anonymous. */
export const ModeratedReflectionSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  author: z.nullable(z.string()),
  hidden: z.boolean(),
  highlighted: z.boolean(),
});

/** How far the room is with a block (`progressOf`): finished answers, and begun but unfinished. */
export const ProgressSchema = z.strictObject({
  complete: z.int(),
  started: z.int(),
});

/** Everything that happened in one block, as the facilitator may see it. */
export const FacilitatorRunSchema = z.strictObject({
  locked: z.boolean(),
  revealed: z.boolean(),
  answered: z.int(),
  /** Of those who answered, how many finished (a whole scale or list) and how many only began. */
  progress: ProgressSchema,
  /** Who answered; empty for an anonymous block, where only the count is known. */
  answeredBy: z.array(z.string()),
  /** Who of them finished; empty for an anonymous block. */
  completeBy: z.array(z.string()),
  results: z.nullable(BlockResultsSchema),
  reflections: z.array(ModeratedReflectionSchema),
  /** participant id → card id */
  roles: z.nullable(z.record(z.string(), z.string())),
  groups: z.nullable(z.array(z.array(z.string()))),
  /** A practice block's dossiers, shortlist and choice; null for every other kind. */
  cases: z.nullable(ConsoleCasesSchema),
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
  currentBlockIndex: z.nullable(z.int()),
  visits: z.array(
    z.strictObject({
      blockIndex: z.int(),
      enteredAt: z.number(),
      closedAt: z.optional(z.number()),
    }),
  ),
  timer: z.nullable(TimerSchema),
  participants: z.array(ParticipantSummarySchema),
  headcount: HeadcountSchema,
  /** Per block id, for every block that has been on screen. */
  runs: z.record(z.string(), FacilitatorRunSchema),
  /** The rounds of the current block's question, when it returns from an earlier block. */
  rounds: z.array(RoundResultsSchema),
});
export type FacilitatorLive = z.infer<typeof FacilitatorLiveSchema>;

/** What the console shows: the live state with the room's programme. */
export const FacilitatorViewSchema = z.extend(FacilitatorLiveSchema, { scenario: ScenarioSchema });
export type FacilitatorView = z.infer<typeof FacilitatorViewSchema>;

/** The current block's activity on the projector: results only once revealed. */
export const PresenterLiveSchema = z.strictObject({
  answered: z.int(),
  progress: ProgressSchema,
  locked: z.boolean(),
  revealed: z.boolean(),
  results: z.nullable(BlockResultsSchema),
  /** Earlier rounds of the same question, side by side; only rounds that were revealed. */
  rounds: z.array(RoundResultsSchema),
  /** Reflections the facilitator put on screen, without authors. */
  highlighted: z.array(z.strictObject({ id: z.string(), text: z.string() })),
  /** For a roles block: how many play each card. */
  roleCounts: z.nullable(z.record(z.string(), z.int())),
  groupCount: z.nullable(z.int()),
  /** For a practice block: the dossiers' count, the shortlist and the choice. */
  cases: z.nullable(ScreenCasesSchema),
});
export type PresenterLive = z.infer<typeof PresenterLiveSchema>;

export const PresenterViewSchema = z.strictObject({
  role: z.literal('presenter'),
  room: RoomInfoSchema,
  block: z.nullable(BlockViewSchema),
  blockCount: z.int(),
  timer: z.nullable(TimerSchema),
  headcount: HeadcountSchema,
  live: z.nullable(PresenterLiveSchema),
});
export type PresenterView = z.infer<typeof PresenterViewSchema>;

/** The participant's own part of the current block. */
export const ParticipantMineSchema = z.strictObject({
  answer: z.nullable(AnswerSchema),
  locked: z.boolean(),
  /** Their own role card, private brief included. */
  role: z.nullable(
    z.strictObject({ id: z.string(), name: z.string(), public: z.string(), brief: z.string() }),
  ),
  /**
   * Their group: its number (from 1) and its members, themselves among them (`me`), each by
   * name (null for anonymous). Only their own group's members, never anyone else's.
   */
  group: z.nullable(
    z.strictObject({
      number: z.int(),
      members: z.array(z.strictObject({ name: z.nullable(z.string()), me: z.boolean() })),
    }),
  ),
  /** Cards were dealt in this block (so a phone without one knows it was left out, not early). */
  rolesDealt: z.boolean(),
  groupsFormed: z.boolean(),
  /** For a practice block: the shortlist to vote on, and the case chosen. */
  cases: z.nullable(PhoneCasesSchema),
  /**
   * For a reflection that looks back on an intentions block: what this participant intended
   * there (empty when they wrote nothing); null for every other block.
   */
  intentions: z.nullable(z.array(z.string())),
  /**
   * For a reflection that reports back on a keukenbezoek: this participant's agreement there
   * (`agreement` null when they made none); null for every other block.
   */
  visit: z.nullable(z.strictObject({ agreement: z.nullable(VisitAgreementSchema) })),
});

/** What a participant takes home: their profile, what they wrote, what they intend. */
export const ParticipantSummarySchemaView = z.strictObject({
  profile: z.nullable(ProfileSchema),
  /**
   * Every stellingenlijst they finished, in programme order: over several meetings, the shift
   * between the first and the latest is theirs alone to see.
   */
  profiles: z.array(ProfileSchema),
  reflections: z.array(
    z.strictObject({ blockId: z.string(), prompt: z.string(), text: z.string() }),
  ),
  intentions: z.array(z.string()),
  /** Every keukenbezoek they agreed, in programme order. */
  visits: z.array(VisitAgreementSchema),
});

export const ParticipantViewSchema = z.strictObject({
  role: z.literal('participant'),
  room: RoomInfoSchema,
  me: z.strictObject({ id: z.string(), name: z.nullable(z.string()) }),
  block: z.nullable(BlockViewSchema),
  blockCount: z.int(),
  timer: z.nullable(TimerSchema),
  mine: z.nullable(ParticipantMineSchema),
  /** Their own profile from the latest stellingenlijst they answered. */
  profile: z.nullable(ProfileSchema),
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
