import { z } from 'zod/mini';
import { ProtocolErrorSchema } from './errors.js';

/**
 * The programme studio's HTTP API (docs/scenarios.md, "The studio"). A programme is a scenario a
 * trainer keeps in the store and edits in the studio; every save is a new version. The scenario
 * files in `scenarios/` are templates: listed beside the trainer's own programmes, read-only, and
 * the starting point of a duplicate.
 *
 * A version keeps the scenario as the trainer wrote it (the input, before the schema fills in
 * defaults), so the YAML export gives back what was written; `problems` is what the checker of
 * `pnpm scenarios:check` says about it. A version with problems is a draft: it can be saved, but
 * no room can be created from it.
 */

/** Own programmes get a server-made id; a template is named by its scenario id. */
export const ProgrammeIdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a programme id: lowercase letters, digits and dashes'),
  );
export type ProgrammeId = z.infer<typeof ProgrammeIdSchema>;

/** Versions count from 1 for an own programme; a template has the one version 1. */
export const ProgrammeVersionNumberSchema = z.int().check(z.minimum(1));

/** A problem of a scenario, as `checkScenario` gives it (`ScenarioProblem`). */
export const ProgrammeProblemSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  atKey: z.optional(z.boolean()),
  /** For an import: where in the YAML file, 1-based. */
  line: z.optional(z.int()),
  column: z.optional(z.int()),
});
export type ProgrammeProblem = z.infer<typeof ProgrammeProblemSchema>;

/** Author-free metadata of one saved version. */
export const ProgrammeVersionMetaSchema = z.strictObject({
  version: ProgrammeVersionNumberSchema,
  savedAt: z.int(),
  /** What the trainer wrote about this save; empty when nothing. */
  note: z.string(),
  problemCount: z.int().check(z.minimum(0)),
});
export type ProgrammeVersionMeta = z.infer<typeof ProgrammeVersionMetaSchema>;

export const ProgrammeSummarySchema = z.strictObject({
  id: ProgrammeIdSchema,
  source: z.enum(['template', 'own']),
  title: z.string(),
  audience: z.nullable(z.string()),
  language: z.enum(['nl', 'en']),
  /** The planned total the programme states. */
  minutes: z.int(),
  blockCount: z.int(),
  /** The latest version and when it was saved (a template: when the server read its file). */
  latest: ProgrammeVersionMetaSchema,
});
export type ProgrammeSummary = z.infer<typeof ProgrammeSummarySchema>;

/** `GET ROUTES.programmes`: the templates and the trainer's own programmes, last change first. */
export const ProgrammeListSchema = z.strictObject({
  templates: z.array(ProgrammeSummarySchema),
  own: z.array(ProgrammeSummarySchema),
});
export type ProgrammeList = z.infer<typeof ProgrammeListSchema>;

/** One version with its scenario input (JSON, as written) and what the checker says about it. */
export const ProgrammeVersionSchema = z.strictObject({
  programmeId: ProgrammeIdSchema,
  source: z.enum(['template', 'own']),
  meta: ProgrammeVersionMetaSchema,
  scenario: z.unknown(),
  problems: z.array(ProgrammeProblemSchema),
});
export type ProgrammeVersion = z.infer<typeof ProgrammeVersionSchema>;

/** `GET ROUTES.programmeVersions`: newest first. */
export const ProgrammeVersionListSchema = z.array(ProgrammeVersionMetaSchema);

const noteSchema = z._default(z.string().check(z.trim(), z.maxLength(500)), '');

/**
 * `POST ROUTES.programmes` (201, a ProgrammeVersion): a new own programme, either a duplicate of
 * a template's or a programme's version, or from a scenario the studio made.
 */
export const CreateProgrammeRequestSchema = z.union([
  z.strictObject({
    from: z.strictObject({
      programmeId: ProgrammeIdSchema,
      version: z.optional(ProgrammeVersionNumberSchema),
    }),
    note: noteSchema,
  }),
  z.strictObject({ scenario: z.record(z.string(), z.unknown()), note: noteSchema }),
]);
export type CreateProgrammeRequest = z.input<typeof CreateProgrammeRequestSchema>;

/**
 * `PUT ROUTES.programme` (200, a ProgrammeVersion): a new version on top of `baseVersion`. When
 * the programme has moved on since (another trainer saved), 409 `version_conflict` with the
 * latest version's metadata, and nothing is written.
 */
export const SaveProgrammeRequestSchema = z.strictObject({
  baseVersion: ProgrammeVersionNumberSchema,
  scenario: z.record(z.string(), z.unknown()),
  note: noteSchema,
});
export type SaveProgrammeRequest = z.input<typeof SaveProgrammeRequestSchema>;

export const ProgrammeConflictSchema = z.strictObject({
  error: ProtocolErrorSchema,
  latest: ProgrammeVersionMetaSchema,
});
export type ProgrammeConflict = z.infer<typeof ProgrammeConflictSchema>;

/**
 * `POST ROUTES.programmeImport` with a YAML file as the body (`Content-Type: application/yaml`
 * or `text/yaml`): 201, a ProgrammeVersion (a draft when the checker found problems, listed with
 * their line); 422 `invalid_scenario` with `problems` when the file is no YAML mapping at all.
 */
export const ProgrammeImportRefusalSchema = z.strictObject({
  error: ProtocolErrorSchema,
  problems: z.array(ProgrammeProblemSchema),
});
export type ProgrammeImportRefusal = z.infer<typeof ProgrammeImportRefusalSchema>;

/** A block kept in the trainer's own library of methods, to insert into any programme. */
export const MethodSchema = z.strictObject({
  id: z.string(),
  /** The name the trainer gave it (the block's title by default). */
  name: z.string(),
  /** The block as written (scenario input of one block). */
  block: z.record(z.string(), z.unknown()),
  savedAt: z.int(),
});
export type Method = z.infer<typeof MethodSchema>;
export const MethodListSchema = z.array(MethodSchema);

/** `POST ROUTES.methods` (201, a Method). */
export const CreateMethodRequestSchema = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
  block: z.record(z.string(), z.unknown()),
});
export type CreateMethodRequest = z.input<typeof CreateMethodRequestSchema>;

/** Where a room's programme came from; recorded in its `room_created`. */
export const ProgrammeRefSchema = z.strictObject({
  id: ProgrammeIdSchema,
  version: ProgrammeVersionNumberSchema,
});
export type ProgrammeRef = z.infer<typeof ProgrammeRefSchema>;
