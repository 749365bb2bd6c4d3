import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  MethodListSchema,
  MethodSchema,
  ProgrammeConflictSchema,
  ProgrammeImportRefusalSchema,
  ProgrammeListSchema,
  ProgrammeVersionListSchema,
  ProgrammeVersionSchema,
  RoomSummarySchema,
} from '@samenspel/shared';
import { login, readLog } from './support/http.js';
import { SHIPPED_SCENARIOS, startServer } from './support/server.js';

const FLAGSHIP = 'bestuurlijke-sensitiviteit';

describe('programme routes', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED_SCENARIOS } });
    token = await login(server.url);
  });
  afterAll(async () => {
    await server.stop();
  });

  const call = (path: string, init: { method?: string; body?: unknown; type?: string } = {}) =>
    fetch(server.url + path, {
      method: init.method ?? 'GET',
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.body === undefined ? {} : { 'content-type': init.type ?? 'application/json' }),
      },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === 'string'
            ? init.body
            : JSON.stringify(init.body),
    });

  const duplicateFlagship = async () => {
    const response = await call(API.programmes, {
      method: 'POST',
      body: { from: { programmeId: FLAGSHIP }, note: 'voor Bremerveen' },
    });
    expect(response.status).toBe(201);
    return ProgrammeVersionSchema.parse(await response.json());
  };

  const latestOf = async (programmeId: string) =>
    ProgrammeVersionSchema.parse(await (await call(API.programme(programmeId))).json());

  it('lists the shipped templates as read-only version 1', async () => {
    const list = ProgrammeListSchema.parse(await (await call(API.programmes)).json());
    const flagship = list.templates.find((entry) => entry.id === FLAGSHIP);
    expect(flagship).toMatchObject({ source: 'template', minutes: 300, language: 'nl' });
    expect(flagship?.latest).toMatchObject({ version: 1, problemCount: 0 });
    const template = await latestOf(FLAGSHIP);
    expect(template.source).toBe('template');
    expect((template.scenario as { id: string }).id).toBe(FLAGSHIP);
  });

  it('duplicates the flagship, saves v2 and lists it first among own programmes', async () => {
    const first = await duplicateFlagship();
    expect(first).toMatchObject({ source: 'own', meta: { version: 1, note: 'voor Bremerveen' } });
    expect(first.problems).toEqual([]);
    const scenario = { ...(first.scenario as Record<string, unknown>), title: 'Klaverveld-dag' };
    const saved = await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 1, scenario, note: 'nieuwe titel' },
    });
    expect(saved.status).toBe(200);
    expect(ProgrammeVersionSchema.parse(await saved.json()).meta.version).toBe(2);
    const versions = ProgrammeVersionListSchema.parse(
      await (await call(API.programmeVersions(first.programmeId))).json(),
    );
    expect(versions.map((meta) => meta.version)).toEqual([2, 1]);
    const v1 = ProgrammeVersionSchema.parse(
      await (await call(API.programmeVersion(first.programmeId, 1))).json(),
    );
    expect((v1.scenario as { title: string }).title).not.toBe('Klaverveld-dag');
    const list = ProgrammeListSchema.parse(await (await call(API.programmes)).json());
    expect(list.own[0]).toMatchObject({ id: first.programmeId, title: 'Klaverveld-dag' });
  });

  it('refuses a save on a stale version with 409 and leaves the latest as it was', async () => {
    const first = await duplicateFlagship();
    const scenario = first.scenario as Record<string, unknown>;
    const path = API.programme(first.programmeId);
    const mine = await call(path, {
      method: 'PUT',
      body: { baseVersion: 1, scenario: { ...scenario, title: 'Van mij' } },
    });
    expect(mine.status).toBe(200);
    const stale = await call(path, {
      method: 'PUT',
      body: { baseVersion: 1, scenario: { ...scenario, title: 'Van een ander' } },
    });
    expect(stale.status).toBe(409);
    const conflict = ProgrammeConflictSchema.parse(await stale.json());
    expect(conflict.error.code).toBe('version_conflict');
    expect(conflict.latest.version).toBe(2);
    const latest = await latestOf(first.programmeId);
    expect(latest.meta.version).toBe(2);
    expect((latest.scenario as { title: string }).title).toBe('Van mij');
  });

  it('keeps templates read-only and says 404 for an unknown programme', async () => {
    const template = await latestOf(FLAGSHIP);
    const put = await call(API.programme(FLAGSHIP), {
      method: 'PUT',
      body: { baseVersion: 1, scenario: template.scenario },
    });
    expect(put.status).toBe(403);
    expect(((await put.json()) as { error: { code: string } }).error.code).toBe('read_only');
    expect((await call(API.programme(FLAGSHIP), { method: 'DELETE' })).status).toBe(403);
    expect((await call(API.programme('p-onbekend'))).status).toBe(404);
    expect((await call(API.programmeVersion(FLAGSHIP, 2))).status).toBe(404);
    const unknownSave = await call(API.programme('p-onbekend'), {
      method: 'PUT',
      body: { baseVersion: 1, scenario: template.scenario },
    });
    expect(unknownSave.status).toBe(404);
    const unknownFrom = await call(API.programmes, {
      method: 'POST',
      body: { from: { programmeId: 'p-onbekend' } },
    });
    expect(unknownFrom.status).toBe(404);
  });

  it('refuses an invalid body with 400 and writes nothing', async () => {
    const first = await duplicateFlagship();
    const before = ProgrammeListSchema.parse(await (await call(API.programmes)).json());
    const badSave = await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 'een', scenario: first.scenario },
    });
    expect(badSave.status).toBe(400);
    expect(((await badSave.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_payload',
    );
    const badCreate = await call(API.programmes, { method: 'POST', body: { scenario: [1, 2] } });
    expect(badCreate.status).toBe(400);
    expect((await latestOf(first.programmeId)).meta.version).toBe(1);
    const after = ProgrammeListSchema.parse(await (await call(API.programmes)).json());
    expect(after.own).toEqual(before.own);
  });

  it('takes a whole programme over 16 KB, and refuses one over 2 MB unwritten', async () => {
    const first = await duplicateFlagship();
    const scenario = first.scenario as Record<string, unknown>;
    // The flagship alone is far over the 16 KB anyone else may send.
    expect(JSON.stringify(scenario).length).toBeGreaterThan(16 * 1024);
    const huge = { ...scenario, description: 'x'.repeat(2 * 1024 * 1024) };
    const refused = await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 1, scenario: huge },
    });
    expect(refused.status).toBe(413);
    expect((await latestOf(first.programmeId)).meta.version).toBe(1);
    const yaml = await call(API.programmeImport, {
      method: 'POST',
      body: `id: groot\ndescription: ${'x'.repeat(2 * 1024 * 1024)}\n`,
      type: 'application/yaml',
    });
    expect(yaml.status).toBe(413);
  });

  it('saves a draft with its problems listed', async () => {
    const first = await duplicateFlagship();
    const scenario = { ...(first.scenario as Record<string, unknown>), minutes: 299 };
    const saved = await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 1, scenario },
    });
    expect(saved.status).toBe(200);
    const draft = ProgrammeVersionSchema.parse(await saved.json());
    expect(draft.problems.map((problem) => problem.path)).toEqual([['minutes']]);
    expect(draft.meta.problemCount).toBe(1);
    expect((await latestOf(first.programmeId)).problems).toEqual(draft.problems);
  });

  it('makes a room from a checked version, which its first event names, and none from a draft', async () => {
    const first = await duplicateFlagship();
    const scenario = first.scenario as { case: Record<string, unknown> };
    // Tailoring the case is one edit: the dossier at the top; the cast stays as it was.
    const tailored = {
      ...scenario,
      case: {
        ...scenario.case,
        title: 'Windpark De Hooge Akkers',
        text: 'De gedeputeerde wil een besluit.',
      },
    };
    const saved = await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 1, scenario: tailored },
    });
    expect(saved.status).toBe(200);
    const created = await call(API.rooms, {
      method: 'POST',
      body: { programme: { id: first.programmeId, version: 2 }, groupName: 'Provincie' },
    });
    expect(created.status).toBe(201);
    const room = RoomSummarySchema.parse(await created.json());
    const [createdEvent] = (await readLog(server.url, token, room.roomId)).events;
    expect(createdEvent).toMatchObject({
      type: 'room_created',
      programme: { id: first.programmeId, version: 2 },
      scenario: { case: { title: 'Windpark De Hooge Akkers' } },
    });

    const fromTemplate = RoomSummarySchema.parse(
      await (await call(API.rooms, { method: 'POST', body: { scenarioId: FLAGSHIP } })).json(),
    );
    const [templateEvent] = (await readLog(server.url, token, fromTemplate.roomId)).events;
    expect(templateEvent).toMatchObject({ programme: { id: FLAGSHIP, version: 1 } });

    const draft = { ...scenario, minutes: 301 };
    await call(API.programme(first.programmeId), {
      method: 'PUT',
      body: { baseVersion: 2, scenario: draft },
    });
    const roomsBefore = await (await call(API.rooms)).json();
    const refused = await call(API.rooms, {
      method: 'POST',
      body: { programme: { id: first.programmeId, version: 3 } },
    });
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe(
      'invalid_scenario',
    );
    const missing = await call(API.rooms, {
      method: 'POST',
      body: { programme: { id: first.programmeId, version: 9 } },
    });
    expect(missing.status).toBe(404);
    expect(await (await call(API.rooms)).json()).toEqual(roomsBefore);
  });

  it('deletes an own programme', async () => {
    const first = await duplicateFlagship();
    const path = API.programme(first.programmeId);
    expect((await call(path, { method: 'DELETE' })).status).toBe(204);
    expect((await call(path)).status).toBe(404);
  });

  it('adds, lists and deletes methods', async () => {
    const block = { id: 'check-in', kind: 'info', title: 'Check-in', minutes: 5 };
    const created = await call(API.methods, { method: 'POST', body: { name: 'Check-in', block } });
    expect(created.status).toBe(201);
    const method = MethodSchema.parse(await created.json());
    expect(method).toMatchObject({ name: 'Check-in', block });
    const list = MethodListSchema.parse(await (await call(API.methods)).json());
    expect(list.map((entry) => entry.id)).toContain(method.id);
    expect((await call(API.method(method.id), { method: 'DELETE' })).status).toBe(204);
    const after = MethodListSchema.parse(await (await call(API.methods)).json());
    expect(after.map((entry) => entry.id)).not.toContain(method.id);
    expect((await call(API.method(method.id), { method: 'DELETE' })).status).toBe(404);
    expect((await call(API.methods, { method: 'POST', body: { name: '', block } })).status).toBe(
      400,
    );
  });

  it('exports YAML that imports back to the same YAML', async () => {
    const exported = await call(API.programmeYaml(FLAGSHIP, 1));
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toMatch(/^application\/yaml/);
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    const text = await exported.text();
    expect(text).toContain('description: |');
    const imported = await call(API.programmeImport, {
      method: 'POST',
      body: text,
      type: 'application/yaml',
    });
    expect(imported.status).toBe(201);
    const programme = ProgrammeVersionSchema.parse(await imported.json());
    expect(programme).toMatchObject({ source: 'own', problems: [] });
    const again = await call(API.programmeYaml(programme.programmeId, 1));
    expect(await again.text()).toBe(text);
  });

  it('imports a draft with lines, and refuses a file that is no mapping with 422', async () => {
    const draft = await call(API.programmeImport, {
      method: 'POST',
      body: 'id: klein\ntitle: Klein\nminutes: 10\nblocks: []\n',
      type: 'text/yaml',
    });
    expect(draft.status).toBe(201);
    const programme = ProgrammeVersionSchema.parse(await draft.json());
    expect(programme.problems.length).toBeGreaterThan(0);
    expect(programme.problems.every((problem) => typeof problem.line === 'number')).toBe(true);
    for (const body of ['- een\n- lijst\n', 'title: [niet dicht\n']) {
      const refused = await call(API.programmeImport, {
        method: 'POST',
        body,
        type: 'application/yaml',
      });
      expect(refused.status, body).toBe(422);
      const refusal = ProgrammeImportRefusalSchema.parse(await refused.json());
      expect(refusal.error.code).toBe('invalid_scenario');
      expect(refusal.problems.length).toBeGreaterThan(0);
    }
  });
});
