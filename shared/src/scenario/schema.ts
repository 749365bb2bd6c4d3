import { z } from 'zod';
import { IdealTypeSchema, PerspectiveSchema } from './perspectives.js';
import { isReservedKey, RESERVED_KEY_MESSAGE } from '../room/record-keys.js';

/**
 * The scenario format: one workshop programme as timed blocks. This is the single definition,
 * used by the server when it loads files, by the client when it renders blocks and by the checker.
 * Objects are strict: an unknown key is a typo the trainer should hear about.
 */

const idPattern = /^[a-z0-9][a-z0-9-]*$/;
export const ScenarioIdSchema = z
  .string()
  .regex(idPattern, 'lowercase letters, digits and dashes, starting with a letter or digit')
  .max(64)
  // Block, option and statement ids key records: `constructor` would name an inherited property.
  .refine((id) => !isReservedKey(id), { message: RESERVED_KEY_MESSAGE });

const text = z.string().trim().min(1).max(20_000);
const shortText = z.string().trim().min(1).max(500);

export const BLOCK_KINDS = [
  'info',
  'casus',
  'poll',
  'scale',
  'statements',
  'reflection',
  'roles',
  'groups',
  'break',
  'intentions',
] as const;
export const BlockKindSchema = z.enum(BLOCK_KINDS);
export type BlockKind = z.infer<typeof BlockKindSchema>;

/** Fields every block has, whatever its kind. */
const blockBase = {
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

const optionSchema = z.strictObject({ id: ScenarioIdSchema, label: shortText });
const scaleStatementSchema = z.strictObject({ id: ScenarioIdSchema, text: shortText });

export const InfoBlockSchema = z.strictObject({ ...blockBase, kind: z.literal('info') });

export const CasusBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('casus'),
  /**
   * The case itself, in Markdown. A case that returns names the block that first told it
   * (`sameCaseAs`); with neither, the block plays the programme's `case`.
   */
  case: text.optional(),
  sameCaseAs: ScenarioIdSchema.optional(),
  perspective: PerspectiveSchema,
});

export const PollBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('poll'),
  question: shortText,
  multiple: z.boolean().default(false),
  options: z.array(optionSchema).min(2).max(12),
  /** The id of an earlier block whose question this vote asks again. */
  repeats: ScenarioIdSchema.optional(),
});

export const ScaleBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('scale'),
  statements: z.array(scaleStatementSchema).min(1).max(20),
  /** Points on the agree–disagree scale. */
  points: z.union([z.literal(5), z.literal(7)]).default(5),
  repeats: ScenarioIdSchema.optional(),
});

export const StatementsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('statements'),
  items: z
    .array(
      z.strictObject({
        id: ScenarioIdSchema,
        text: shortText,
        type: IdealTypeSchema,
        /** Agreeing with a reversed statement counts against its type. */
        reversed: z.boolean().default(false),
      }),
    )
    .min(3)
    .max(90),
  points: z.union([z.literal(5), z.literal(7)]).default(5),
});

export const ReflectionBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('reflection'),
  prompt: shortText,
  anonymous: z.boolean().default(false),
  maxLength: z.number().int().min(20).max(5000).default(1000),
});

const roleCardSchema = z.strictObject({
  id: ScenarioIdSchema,
  name: shortText,
  /** What everyone in the room may know about this role. */
  public: text,
  /** The private brief, for the one who plays the role only. */
  brief: text,
});
export type RoleCard = z.infer<typeof roleCardSchema>;

/**
 * The programme's case, told once: the dossier the casus rounds read through each lens and the
 * cast of the role play. A casus block without a case of its own plays it, and so does a roles
 * block without cards, so tailoring the programme for a client is one edit here.
 */
export const ProgrammeCaseSchema = z.strictObject({
  title: shortText,
  /** The dossier, in Markdown. */
  text,
  /** The roles of the simulation; a roles block without its own cards plays these. */
  cast: z.array(roleCardSchema).min(2).max(12).optional(),
});
export type ProgrammeCase = z.infer<typeof ProgrammeCaseSchema>;

export const RolesBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('roles'),
  /**
   * The cards; without them the round plays the cast of the programme's `case`, or the cards of
   * the round it swaps.
   */
  cards: z.array(roleCardSchema).min(2).max(12).optional(),
  assignment: z.enum(['random', 'facilitator']).default('random'),
  /** An earlier roles block whose cards this round plays again, with the players swapped. */
  swapsWith: ScenarioIdSchema.optional(),
  /**
   * Who swaps with whom: whoever had the first card of a pair gets the second, and the other way
   * round; a card in no pair stays with its player. Without pairs, every player moves on to the
   * next card in the list. Only with swapsWith.
   */
  swapPairs: z
    .array(z.tuple([ScenarioIdSchema, ScenarioIdSchema]))
    .max(6)
    .optional(),
});

export const GroupsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('groups'),
  size: z.number().int().min(2).max(12),
  prompt: shortText,
});

export const BreakBlockSchema = z.strictObject({ ...blockBase, kind: z.literal('break') });

export const IntentionsBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('intentions'),
  prompt: shortText,
  max: z.number().int().min(1).max(10).default(3),
});

export const BlockSchema = z.discriminatedUnion('kind', [
  InfoBlockSchema,
  CasusBlockSchema,
  PollBlockSchema,
  ScaleBlockSchema,
  StatementsBlockSchema,
  ReflectionBlockSchema,
  RolesBlockSchema,
  GroupsBlockSchema,
  BreakBlockSchema,
  IntentionsBlockSchema,
]);
export type Block = z.infer<typeof BlockSchema>;
/** A block as written in a file or the studio, before defaults are filled in. */
export type BlockInput = z.input<typeof BlockSchema>;

export const ScenarioSchema = z.strictObject({
  id: ScenarioIdSchema,
  title: shortText,
  language: z.enum(['nl', 'en']).default('nl'),
  audience: shortText.optional(),
  description: text.optional(),
  case: ProgrammeCaseSchema.optional(),
  /** The planned total in minutes; the blocks must add up to it. */
  minutes: z.number().int().min(1).max(3000),
  blocks: z.array(BlockSchema).min(1).max(200),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export function plannedMinutes(scenario: Pick<Scenario, 'blocks'>): number {
  return scenario.blocks.reduce((sum, block) => sum + block.minutes, 0);
}
