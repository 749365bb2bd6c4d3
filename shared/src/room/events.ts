import { z } from 'zod/mini';
import { ProgrammeRefSchema } from '../protocol/programmes.js';
import { ScenarioIdSchema, ScenarioSchema } from '../scenario/schema.js';
import { MAX_MEETINGS } from '../scenario/fields.js';
import { AnswerSchema } from './answers.js';
import { RecordKeySchema } from './record-keys.js';
import { TimerSchema } from './timer.js';
import { CaseTextSchema, CaseTitleSchema, MAX_SHORTLIST } from '../blocks/practice.js';

/**
 * Room events: what happened, in order. The authority writes every fact the reducer needs
 * (times, deadlines, random draws) into the event, so folding a log is deterministic.
 */

export const ActorSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('facilitator') }),
  z.strictObject({ kind: z.literal('participant'), id: RecordKeySchema }),
  /** The authority itself: something that happened by itself at a deadline or on restart. */
  z.strictObject({ kind: z.literal('system') }),
]);
export type Actor = z.infer<typeof ActorSchema>;

const envelope = {
  /** Gapless, starting at 1 for room_created. */
  seq: z.int().check(z.minimum(1)),
  /** Server time in ms since the epoch. */
  at: z.int(),
  actor: ActorSchema,
  /** The client-made id of the command that caused this event, so retries apply once. */
  commandId: z.optional(z.string()),
  /**
   * A digest of that command's body, so that after a restart a retry can still be told from
   * another command sent under the same id. Server-only, like the id: no export carries it.
   */
  commandDigest: z.optional(z.string()),
  /**
   * Set on events the authority wrote by itself: a deadline passed, the timer paused because the
   * room moved to another block, or a block's timer started on entering it.
   */
  automatic: z.optional(z.literal(true)),
};

export const RoomEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...envelope,
    type: z.literal('room_created'),
    roomId: z.string(),
    code: z.string(),
    groupName: z.nullable(z.string()),
    scenario: ScenarioSchema,
    /** The template or studio version the room was made from (absent in older logs). */
    programme: z.optional(ProgrammeRefSchema),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('participant_joined'),
    participantId: RecordKeySchema,
    /** Null when the participant joined anonymously. */
    name: z.nullable(z.string()),
    /**
     * Digest of the joining phone's device secret, which a retried join must prove. It stays in
     * the server's own log: redactLog drops it from everything that leaves the server.
     */
    deviceHash: z.optional(z.string()),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('participant_left'),
    participantId: RecordKeySchema,
  }),
  /**
   * The facilitator took a participant out of the session: they cannot come back with their
   * token, and their answers leave every result from here on (the log keeps them), except their
   * reflections in anonymous blocks: those stay as anonymous content, so no removal ties a text to
   * its author. Every answer that goes is filed under the participant's id, also when redacted.
   */
  z.strictObject({
    ...envelope,
    type: z.literal('participant_removed'),
    participantId: RecordKeySchema,
    /**
     * Only in logs written before anonymous reflections stayed: the ids of every reflection the
     * person wrote. Still read so those logs import, ignored by the fold, dropped on export.
     */
    reflectionIds: z.optional(z.array(z.string())),
  }),
  /** No new participants may join; those who joined still come back with their token. */
  z.strictObject({ ...envelope, type: z.literal('joins_closed') }),
  z.strictObject({ ...envelope, type: z.literal('joins_opened') }),
  z.strictObject({
    ...envelope,
    type: z.literal('presence_changed'),
    participantId: RecordKeySchema,
    presence: z.enum(['connected', 'dropped']),
  }),
  z.strictObject({ ...envelope, type: z.literal('session_started') }),
  z.strictObject({
    ...envelope,
    type: z.literal('block_entered'),
    blockIndex: z.int().check(z.minimum(0)),
    /**
     * The timer this visit comes back to: as the room left it on an earlier visit (paused with
     * its time left, or up). Absent: the block's fresh timer, not yet started (and logs from
     * before visits kept their time always lack it, so they replay as they were shown).
     */
    timer: z.optional(TimerSchema),
  }),
  z.strictObject({ ...envelope, type: z.literal('timer_started'), endsAt: z.int() }),
  z.strictObject({
    ...envelope,
    type: z.literal('timer_paused'),
    remainingMs: z.int().check(z.minimum(0)),
  }),
  z.strictObject({ ...envelope, type: z.literal('timer_extended'), byMs: z.int() }),
  z.strictObject({ ...envelope, type: z.literal('timer_reset') }),
  z.strictObject({ ...envelope, type: z.literal('timer_expired') }),
  z.strictObject({
    ...envelope,
    type: z.literal('answer_submitted'),
    blockId: ScenarioIdSchema,
    participantId: RecordKeySchema,
    answer: AnswerSchema,
    /**
     * Opaque id of a reflection or a dossier (any kind whose answers own an id), drawn on its
     * first submission; never derived from the author.
     */
    reflectionId: z.optional(RecordKeySchema),
  }),
  z.strictObject({ ...envelope, type: z.literal('answers_locked'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...envelope, type: z.literal('answers_unlocked'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...envelope, type: z.literal('results_revealed'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...envelope, type: z.literal('results_hidden'), blockId: ScenarioIdSchema }),
  z.strictObject({
    ...envelope,
    type: z.literal('reflection_moderated'),
    blockId: ScenarioIdSchema,
    reflectionId: RecordKeySchema,
    hidden: z.boolean(),
    highlighted: z.boolean(),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('roles_assigned'),
    blockId: ScenarioIdSchema,
    /** participant id → card id; the draw, when random, was made by the authority. */
    assignments: z.record(RecordKeySchema, ScenarioIdSchema),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('groups_formed'),
    blockId: ScenarioIdSchema,
    groups: z.array(z.array(RecordKeySchema)),
  }),
  /**
   * A case put on a practice block's shortlist, or edited there (the same `candidateId`): the
   * facilitator's own words for the screen, made from the dossiers in `sources` (their opaque
   * ids; several when dossiers were merged, none when the facilitator wrote it).
   */
  z.strictObject({
    ...envelope,
    type: z.literal('case_listed'),
    blockId: ScenarioIdSchema,
    candidateId: RecordKeySchema,
    title: CaseTitleSchema,
    text: CaseTextSchema,
    sources: z.array(RecordKeySchema).check(z.maxLength(MAX_SHORTLIST * 4)),
  }),
  z.strictObject({
    ...envelope,
    type: z.literal('case_unlisted'),
    blockId: ScenarioIdSchema,
    candidateId: RecordKeySchema,
  }),
  /** The phones may vote on the shortlist (open), or no longer (closed). */
  z.strictObject({
    ...envelope,
    type: z.literal('case_voting'),
    blockId: ScenarioIdSchema,
    open: z.boolean(),
  }),
  /**
   * The case the room plays from here: a copy of the shortlisted case as it stood, so the log
   * holds what every later block showed. Closes the vote.
   */
  z.strictObject({
    ...envelope,
    type: z.literal('case_chosen'),
    blockId: ScenarioIdSchema,
    candidateId: RecordKeySchema,
    title: CaseTitleSchema,
    text: CaseTextSchema,
  }),
  /**
   * A meeting of a programme of several ended: the room rests until the next one starts (the
   * decision paused a running timer first, so nothing counts down for weeks).
   */
  z.strictObject({
    ...envelope,
    type: z.literal('meeting_closed'),
    meeting: z.int().check(z.minimum(1), z.maximum(MAX_MEETINGS)),
  }),
  /** The next meeting began; a `block_entered` of its first block follows. */
  z.strictObject({
    ...envelope,
    type: z.literal('meeting_started'),
    meeting: z.int().check(z.minimum(2), z.maximum(MAX_MEETINGS)),
  }),
  z.strictObject({ ...envelope, type: z.literal('session_ended') }),
  /**
   * The room's links were renewed: presenter and co-facilitator keys are bound to this
   * generation (from 1; a room that never renewed them is at 0), so every older link stops working.
   */
  z.strictObject({
    ...envelope,
    type: z.literal('links_renewed'),
    generation: z.int().check(z.minimum(1)),
  }),
]);
export type RoomEvent = z.infer<typeof RoomEventSchema>;
export type RoomEventType = RoomEvent['type'];

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/**
 * An event as the authority decides it, before it is stamped with seq, time and actor. A decision
 * may mark a draft automatic: something the command set off by itself (a pause on leaving).
 */
export type RoomEventDraft = DistributiveOmit<
  RoomEvent,
  'seq' | 'at' | 'actor' | 'commandId' | 'commandDigest'
>;
