import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  API,
  CreateMethodRequestSchema,
  CreateProgrammeRequestSchema,
  ProgrammeIdSchema,
  ProgrammeVersionNumberSchema,
  ROUTES,
  SaveProgrammeRequestSchema,
  parseAtBoundary,
  protocolError,
  type Method,
  type ProgrammeConflict,
  type ProgrammeList,
  type ProgrammeVersion,
  type ProgrammeVersionMeta,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { ProgrammeStore, StoredProgrammeVersion } from '../store/programme-store.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitator-auth.js';
import { summarize } from './programme-summary.js';
import { problemsOf } from '../scenarios/scenario-problems.js';
import { PROGRAMME_BODY_LIMIT, newProgrammeId } from './programme-ids.js';
import { programmeYamlRoutes } from './programme-yaml-routes.js';

export interface ProgrammeRouteDeps {
  keys: KeyRing;
  programmes: ProgrammeStore;
  /** The scenario files as written, by id: the read-only templates. */
  templates: ReadonlyMap<string, Record<string, unknown>>;
  /** When the server read the template files: their one version's save time. */
  templatesReadAt: number;
  now: () => number;
}

type ProgrammeParams = { programmeId: string };
type VersionParams = { programmeId: string; version: string };

export function programmeRoutes(app: FastifyInstance, deps: ProgrammeRouteDeps) {
  const { programmes, templates } = deps;
  const guarded = {
    onRequest: requireFacilitator(deps.keys, deps.now),
    bodyLimit: PROGRAMME_BODY_LIMIT,
  };

  const templateMeta = (): ProgrammeVersionMeta => ({
    version: 1,
    savedAt: deps.templatesReadAt,
    note: '',
    problemCount: 0,
  });

  const templateVersion = (id: string): ProgrammeVersion | null => {
    const scenario = templates.get(id);
    if (!scenario) return null;
    return { programmeId: id, source: 'template', meta: templateMeta(), scenario, problems: [] };
  };

  const ownVersion = (stored: StoredProgrammeVersion): ProgrammeVersion => ({
    programmeId: stored.programmeId,
    source: 'own',
    meta: stored.meta,
    scenario: stored.scenario,
    problems: stored.problems,
  });

  /** A version of a template or an own programme; the latest when no number is given. */
  const findVersion = async (id: string, version?: number): Promise<ProgrammeVersion | null> => {
    if (!ProgrammeIdSchema.safeParse(id).success) return null;
    const template = templateVersion(id);
    if (template) return version === undefined || version === 1 ? template : null;
    const stored = await programmes.version(id, version);
    return stored ? ownVersion(stored) : null;
  };

  programmeYamlRoutes(app, { ...deps, findVersion });

  const notFound = (reply: FastifyReply) =>
    sendError(reply, 404, { code: 'not_found', message: 'there is no such programme or version' });
  const readOnly = (reply: FastifyReply) =>
    sendError(reply, 403, {
      code: 'read_only',
      message: 'a template cannot be changed; duplicate it to edit',
    });

  app.get(API.programmes, guarded, async (): Promise<ProgrammeList> => {
    const meta = templateMeta();
    return {
      templates: [...templates].map(([id, scenario]) => summarize(id, 'template', scenario, meta)),
      own: (await programmes.listLatest()).map((stored) =>
        summarize(stored.programmeId, 'own', stored.scenario, stored.meta),
      ),
    };
  });

  app.get<{ Params: ProgrammeParams }>(ROUTES.programme, guarded, async (request, reply) => {
    const found = await findVersion(request.params.programmeId);
    return found ?? notFound(reply);
  });

  app.get<{ Params: ProgrammeParams }>(
    ROUTES.programmeVersions,
    guarded,
    async (request, reply) => {
      const id = request.params.programmeId;
      if (templates.has(id)) return [templateMeta()];
      const list = ProgrammeIdSchema.safeParse(id).success ? await programmes.versions(id) : null;
      return list ?? notFound(reply);
    },
  );

  app.get<{ Params: VersionParams }>(ROUTES.programmeVersion, guarded, async (request, reply) => {
    const version = versionNumber(request.params.version);
    const found = version === null ? null : await findVersion(request.params.programmeId, version);
    return found ?? notFound(reply);
  });

  app.post(API.programmes, guarded, async (request, reply) => {
    const parsed = parseAtBoundary(CreateProgrammeRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    let scenario: Record<string, unknown>;
    if ('from' in parsed.value) {
      const source = await findVersion(parsed.value.from.programmeId, parsed.value.from.version);
      if (!source) return notFound(reply);
      scenario = source.scenario as Record<string, unknown>;
    } else {
      scenario = parsed.value.scenario;
    }
    const created = await createOwn(programmes, scenario, parsed.value.note, deps.now());
    return reply.code(201).send(ownVersion(created));
  });

  app.put<{ Params: ProgrammeParams }>(ROUTES.programme, guarded, async (request, reply) => {
    const id = request.params.programmeId;
    if (templates.has(id)) return readOnly(reply);
    if (!ProgrammeIdSchema.safeParse(id).success) return notFound(reply);
    const parsed = parseAtBoundary(SaveProgrammeRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const { baseVersion, scenario, note } = parsed.value;
    const saved = await programmes.save(id, baseVersion, {
      scenario,
      problems: problemsOf(scenario),
      note,
      savedAt: deps.now(),
    });
    if (saved === null) return notFound(reply);
    if ('conflict' in saved) {
      const body: ProgrammeConflict = {
        error: protocolError(
          'version_conflict',
          `version ${baseVersion} is no longer the latest; the latest is ${saved.latest.version}`,
        ),
        latest: saved.latest,
      };
      return reply.code(409).send(body);
    }
    return ownVersion(saved);
  });

  app.delete<{ Params: ProgrammeParams }>(ROUTES.programme, guarded, async (request, reply) => {
    const id = request.params.programmeId;
    if (templates.has(id)) return readOnly(reply);
    const removed = ProgrammeIdSchema.safeParse(id).success && (await programmes.remove(id));
    return removed ? reply.code(204).send() : notFound(reply);
  });

  app.get(API.methods, guarded, async () => programmes.listMethods());

  app.post(API.methods, guarded, async (request, reply) => {
    const parsed = parseAtBoundary(CreateMethodRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const method: Method = {
      id: newProgrammeId('m'),
      name: parsed.value.name,
      block: parsed.value.block,
      savedAt: deps.now(),
    };
    await programmes.addMethod(method);
    return reply.code(201).send(method);
  });

  app.delete<{ Params: { methodId: string } }>(ROUTES.method, guarded, async (request, reply) => {
    const removed = await programmes.removeMethod(request.params.methodId);
    return removed
      ? reply.code(204).send()
      : sendError(reply, 404, { code: 'not_found', message: 'there is no such method' });
  });
}

/** A new own programme at version 1, with what the checker says about it; a draft is kept too. */
export function createOwn(
  programmes: ProgrammeStore,
  scenario: Record<string, unknown>,
  note: string,
  savedAt: number,
): Promise<StoredProgrammeVersion> {
  return programmes.create(newProgrammeId('p'), {
    scenario,
    problems: problemsOf(scenario),
    note,
    savedAt,
  });
}

function versionNumber(text: string): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  const parsed = ProgrammeVersionNumberSchema.safeParse(Number(text));
  return parsed.success ? parsed.data : null;
}
