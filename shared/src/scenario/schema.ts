import { z } from 'zod/mini';
import { BlockSchema } from '../blocks/schemas.js';
import { MAX_MEETINGS, roleCardSchema, ScenarioIdSchema, shortText, text } from './fields.js';

/**
 * The scenario format: one workshop programme as timed blocks. This is the single definition,
 * used by the server when it loads files, by the client when it renders blocks and by the checker.
 * Objects are strict: an unknown key is a typo the trainer should hear about. Each kind's block
 * schema lives in its kind's module (shared/src/blocks); this file puts the programme together.
 */

export { ScenarioIdSchema, type RoleCard } from './fields.js';
export { BLOCK_KINDS, BlockKindSchema, BlockSchema, type BlockKind } from '../blocks/schemas.js';

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
  cast: z.optional(z.array(roleCardSchema).check(z.minLength(2), z.maxLength(12))),
});
export type ProgrammeCase = z.infer<typeof ProgrammeCaseSchema>;

export type Block = z.infer<typeof BlockSchema>;
/** A block as written in a file or the studio, before defaults are filled in. */
export type BlockInput = z.input<typeof BlockSchema>;

/** One meeting of a programme of several: a day of the training, a session of the leergang. */
export const MeetingSchema = z.strictObject({
  title: shortText,
  minutes: z.int().check(z.minimum(1), z.maximum(600)),
});

export const ScenarioSchema = z.strictObject({
  id: ScenarioIdSchema,
  title: shortText,
  language: z._default(z.enum(['nl', 'en']), 'nl'),
  audience: z.optional(shortText),
  description: z.optional(text),
  case: z.optional(ProgrammeCaseSchema),
  /** The planned total in minutes; the blocks must add up to it. */
  minutes: z.int().check(z.minimum(1), z.maximum(3000)),
  /**
   * A two- or three-day training, or a leergang's series: its meetings in order, each with its
   * planned minutes (its blocks add up to them). Without it, the programme is one sitting.
   */
  meetings: z.optional(z.array(MeetingSchema).check(z.minLength(2), z.maxLength(MAX_MEETINGS))),
  blocks: z.array(BlockSchema).check(z.minLength(1), z.maxLength(200)),
});
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

export function plannedMinutes(scenario: Pick<Scenario, 'blocks'>): number {
  return scenario.blocks.reduce((sum, block) => sum + block.minutes, 0);
}
