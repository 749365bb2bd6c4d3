import {
  checkScenario,
  type CreateRoomRequest,
  type ProgrammeRef,
  type ProtocolError,
  type Scenario,
} from '@samenspel/shared';
import type { ProgrammeStore } from '../store/programme-store.js';

/** What a new room is made from: a checked scenario and the programme version it came from. */
export type ProgrammeSource =
  | { ok: true; scenario: Scenario; programme: ProgrammeRef }
  | { ok: false; status: 404 | 422; error: ProtocolError };

/**
 * Finds the programme a new room asks for: a shipped template by its scenario id (its one
 * version), or a saved studio version. A version with problems is a draft, which makes no room.
 */
export async function programmeSource(
  request: CreateRoomRequest,
  templates: ReadonlyMap<string, Scenario>,
  programmes: ProgrammeStore,
): Promise<ProgrammeSource> {
  const templateId = 'scenarioId' in request ? request.scenarioId : null;
  if (templateId !== null) {
    const scenario = templates.get(templateId);
    return scenario
      ? { ok: true, scenario, programme: { id: templateId, version: 1 } }
      : unknown('unknown_scenario', `there is no scenario "${templateId}"`, 'scenarioId');
  }
  const ref = (request as { programme: ProgrammeRef }).programme;
  const template = templates.get(ref.id);
  if (template) {
    return ref.version === 1
      ? { ok: true, scenario: template, programme: ref }
      : unknown('not_found', `template "${ref.id}" has one version only`, 'programme.version');
  }
  const stored = await programmes.version(ref.id, ref.version);
  if (!stored) {
    return unknown('not_found', `there is no version ${ref.version} of "${ref.id}"`, 'programme');
  }
  const check = checkScenario(stored.scenario);
  if (!check.ok) {
    return {
      ok: false,
      status: 422,
      error: {
        code: 'invalid_scenario',
        message: `version ${ref.version} is a draft with ${check.problems.length} problem(s): fix them in the studio first`,
        field: 'programme',
      },
    };
  }
  return { ok: true, scenario: check.scenario, programme: ref };
}

function unknown(code: ProtocolError['code'], message: string, field: string): ProgrammeSource {
  return { ok: false, status: 404, error: { code, message, field } };
}
