import type { FastifyInstance } from 'fastify';
import {
  API,
  ROUTES,
  protocolError,
  type ProgrammeImportRefusal,
  type ProgrammeVersion,
} from '@samenspel/shared';
import { scenarioFromYaml, scenarioToYaml } from '../scenarios/scenario-yaml.js';
import { sendError } from './errors.js';
import { requireFacilitator } from './facilitator-auth.js';
import { PROGRAMME_BODY_LIMIT, newProgrammeId } from './programme-ids.js';
import type { ProgrammeRouteDeps } from './programme-routes.js';

type FindVersion = (programmeId: string, version?: number) => Promise<ProgrammeVersion | null>;

const YAML_TYPES = ['application/yaml', 'text/yaml'];

/** A programme version as a YAML file to download, and a YAML file back as a new programme. */
export function programmeYamlRoutes(
  app: FastifyInstance,
  deps: ProgrammeRouteDeps & { findVersion: FindVersion },
) {
  const onRequest = requireFacilitator(deps.keys, deps.now);

  app.get<{ Params: { programmeId: string; version: string } }>(
    ROUTES.programmeYaml,
    { onRequest },
    async (request, reply) => {
      const { programmeId, version } = request.params;
      const number = /^\d{1,9}$/.test(version) ? Number(version) : 0;
      const found = number >= 1 ? await deps.findVersion(programmeId, number) : null;
      if (!found) {
        return sendError(reply, 404, { code: 'not_found', message: 'there is no such version' });
      }
      return reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="${programmeId}-v${number}.yaml"`)
        .send(scenarioToYaml(found.scenario));
    },
  );

  // The YAML parser is this route's alone: nowhere else does the server read YAML from a client.
  void app.register(async (scope) => {
    scope.addContentTypeParser(
      YAML_TYPES,
      { parseAs: 'string', bodyLimit: PROGRAMME_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
    scope.post<{ Body: unknown }>(
      API.programmeImport,
      { onRequest, bodyLimit: PROGRAMME_BODY_LIMIT },
      async (request, reply) => {
        if (typeof request.body !== 'string') {
          return sendError(reply, 400, {
            code: 'invalid_payload',
            message: 'a programme file is sent as application/yaml',
          });
        }
        const read = scenarioFromYaml(request.body);
        if (!read.ok) {
          const refusal: ProgrammeImportRefusal = {
            error: protocolError('invalid_scenario', 'this file is no programme'),
            problems: read.problems,
          };
          return reply.code(422).send(refusal);
        }
        const created = await deps.programmes.create(newProgrammeId('p'), {
          scenario: read.scenario,
          problems: read.problems,
          note: '',
          savedAt: deps.now(),
        });
        const body: ProgrammeVersion = {
          programmeId: created.programmeId,
          source: 'own',
          meta: created.meta,
          scenario: created.scenario,
          problems: created.problems,
        };
        return reply.code(201).send(body);
      },
    );
  });
}
