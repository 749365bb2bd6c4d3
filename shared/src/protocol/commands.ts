import { z } from 'zod/mini';
import { variantTags } from '../variant-tags.js';
import { ScenarioIdSchema } from '../scenario/schema.js';
import { AnswerSchema } from '../room/answers.js';
import { RecordKeySchema } from '../room/record-keys.js';
import { CaseTextSchema, CaseTitleSchema, MAX_SHORTLIST } from '../blocks/practice.js';

const OpaqueIdSchema = RecordKeySchema.check(z.minLength(1), z.maxLength(64));

/**
 * Commands a client sends, as one versioned tagged union. Each carries a client-made id so a
 * command retried after a reconnect is applied once.
 */

export const CommandIdSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{16,64}$/, '16–64 letters, digits, dashes or underscores'));

const base = { v: z.literal(1), id: CommandIdSchema };

/**
 * A random secret the phone makes before its first join and keeps on the device. It goes with
 * the join, the server keeps only its digest, and a retried join is answered with the token only
 * when it carries the same secret: a join id alone (read from an old export, say) proves nothing.
 */
export const DeviceSecretSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9_-]{32,128}$/, '32–128 letters, digits, dashes or underscores'));

// eslint-disable-next-line no-control-regex
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export const DisplayNameSchema = z.string().check(
  z.trim(),
  z.minLength(1, 'a name needs at least one character'),
  z.maxLength(40, 'a name has at most 40 characters'),
  // A name is one printable line: control characters (C0, C1), line and paragraph separators
  // would break lists and exports, and bidirectional overrides could disguise a name.
  z.refine((name) => !UNSAFE_IN_NAME.test(name), 'a name cannot hold control characters'),
);

/** Longest timer extension in one step: an hour. */
export const MAX_TIMER_EXTENSION_MS = 60 * 60_000;

const participantCommands = [
  z.strictObject({
    ...base,
    type: z.literal('join'),
    name: z.nullable(DisplayNameSchema),
    /** Without it a lost join ack cannot be answered again: the phone has to join anew. */
    device: z.optional(DeviceSecretSchema),
  }),
  z.strictObject({ ...base, type: z.literal('leave') }),
  z.strictObject({
    ...base,
    type: z.literal('answer'),
    blockId: ScenarioIdSchema,
    answer: AnswerSchema,
  }),
] as const;
export const ParticipantCommandSchema = z.discriminatedUnion('type', participantCommands);
export type ParticipantCommand = z.infer<typeof ParticipantCommandSchema>;

const facilitatorCommands = [
  z.strictObject({ ...base, type: z.literal('session.start') }),
  z.strictObject({ ...base, type: z.literal('block.next') }),
  z.strictObject({ ...base, type: z.literal('block.previous') }),
  z.strictObject({ ...base, type: z.literal('block.goto'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...base, type: z.literal('timer.start') }),
  z.strictObject({ ...base, type: z.literal('timer.pause') }),
  z.strictObject({ ...base, type: z.literal('timer.resume') }),
  z.strictObject({
    ...base,
    type: z.literal('timer.extend'),
    byMs: z
      .int()
      .check(
        z.refine(
          (ms) => ms !== 0 && Math.abs(ms) <= MAX_TIMER_EXTENSION_MS,
          'between -1 h and +1 h, not 0',
        ),
      ),
  }),
  z.strictObject({ ...base, type: z.literal('timer.reset') }),
  z.strictObject({ ...base, type: z.literal('answers.lock'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...base, type: z.literal('answers.unlock'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...base, type: z.literal('results.reveal'), blockId: ScenarioIdSchema }),
  z.strictObject({ ...base, type: z.literal('results.hide'), blockId: ScenarioIdSchema }),
  z.strictObject({
    ...base,
    type: z.literal('reflection.moderate'),
    blockId: ScenarioIdSchema,
    reflectionId: RecordKeySchema.check(z.minLength(1), z.maxLength(64)),
    hidden: z.boolean(),
    highlighted: z.boolean(),
  }),
  z.strictObject({
    ...base,
    type: z.literal('roles.assign'),
    blockId: ScenarioIdSchema,
    /** participant id → card id, for assignment by hand; left out, the block's own rule draws. */
    assignments: z.optional(z.record(RecordKeySchema.check(z.maxLength(64)), ScenarioIdSchema)),
  }),
  z.strictObject({ ...base, type: z.literal('groups.form'), blockId: ScenarioIdSchema }),
  /**
   * Puts a case on a practice block's shortlist, in the facilitator's words for the screen, made
   * from the dossiers in `sources` (several: merged); with `candidateId`, edits that case.
   */
  z.strictObject({
    ...base,
    type: z.literal('cases.list'),
    blockId: ScenarioIdSchema,
    candidateId: z.optional(OpaqueIdSchema),
    title: CaseTitleSchema,
    text: CaseTextSchema,
    sources: z.array(OpaqueIdSchema).check(z.maxLength(MAX_SHORTLIST * 4)),
  }),
  z.strictObject({
    ...base,
    type: z.literal('cases.unlist'),
    blockId: ScenarioIdSchema,
    candidateId: OpaqueIdSchema,
  }),
  /** Opens the phones' vote on the shortlist, or closes it. */
  z.strictObject({
    ...base,
    type: z.literal('cases.voting'),
    blockId: ScenarioIdSchema,
    open: z.boolean(),
  }),
  /** The case the room plays from here, after the vote or picked by the facilitator. */
  z.strictObject({
    ...base,
    type: z.literal('cases.choose'),
    blockId: ScenarioIdSchema,
    candidateId: OpaqueIdSchema,
  }),
  z.strictObject({ ...base, type: z.literal('joins.close') }),
  z.strictObject({ ...base, type: z.literal('joins.open') }),
  z.strictObject({
    ...base,
    type: z.literal('participant.remove'),
    participantId: RecordKeySchema.check(z.minLength(1), z.maxLength(64)),
  }),
  z.strictObject({ ...base, type: z.literal('session.end') }),
  /** Ends the meeting on screen of a programme of several: the room rests until the next. */
  z.strictObject({ ...base, type: z.literal('meeting.close') }),
  /** Starts the next meeting at its first block. */
  z.strictObject({ ...base, type: z.literal('meeting.start') }),
  /**
   * Retires the room's presenter and co-facilitator links and makes new ones. Sent over HTTP
   * (`ROUTES.renewLinks`) by a facilitator logged in with the passphrase: its answer holds the new
   * links, which a co-facilitator's socket must not be able to get itself.
   */
  z.strictObject({ ...base, type: z.literal('links.renew') }),
] as const;
export const FacilitatorCommandSchema = z.discriminatedUnion('type', facilitatorCommands);
export type FacilitatorCommand = z.infer<typeof FacilitatorCommandSchema>;

/* @__NO_SIDE_EFFECTS__ */
function joined<A extends readonly unknown[], B extends readonly unknown[]>(
  a: A,
  b: B,
): [...A, ...B] {
  return [...a, ...b];
}

// The annotations let a bundle that never reads these (the phone's) leave the facilitator's
// commands out: a bundler cannot tell on its own that building them changes nothing else.
export const CommandSchema = /* @__PURE__ */ z.discriminatedUnion(
  'type',
  joined(participantCommands, facilitatorCommands),
);
export type Command = z.infer<typeof CommandSchema>;
export type CommandType = Command['type'];

export const FACILITATOR_COMMAND_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  variantTags(facilitatorCommands, 'type'),
);
export const PARTICIPANT_COMMAND_TYPES: ReadonlySet<string> = /* @__PURE__ */ new Set(
  variantTags(participantCommands, 'type'),
);
