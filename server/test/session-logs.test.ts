import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  EventsResponseSchema,
  foldRoom,
  ImportResponseSchema,
  LOG_FORMAT,
  projectForFacilitator,
  projectForPresenter,
  type LogExport,
  type RoomSummary,
  TrainerNoteListSchema,
  type TrainerNote,
} from '@samenspel/shared';
import { startRetention } from '../src/rooms/retention.js';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, joinAsParticipant, TestClient } from './support/client.js';
import { startShippedApp } from './support/shipped-app.js';

/** A recorded session: the trainer's library exports, imports, annotates and deletes it. */
describe('session logs for trainers', () => {
  let a: Awaited<ReturnType<typeof startShippedApp>>;
  let b: Awaited<ReturnType<typeof startShippedApp>>;
  let room: RoomSummary;
  const clients: TestClient[] = [];
  const secret = 'Ik zeg nooit nee tegen de wethouder';

  const get = (server: { url: string; token: string }, path: string) =>
    fetch(server.url + path, { headers: { authorization: `Bearer ${server.token}` } });

  beforeAll(async () => {
    a = await startShippedApp();
    b = await startShippedApp();
    room = await createRoom(a.url, a.token, 'demo');
    const facilitator = await connectFacilitator(a.url, room.roomId, a.token);
    clients.push(facilitator);
    const anouk = await joinAsParticipant(a.url, room.code, 'Anouk Jansen');
    const bram = await joinAsParticipant(a.url, room.code, 'Bram de Vries');
    clients.push(anouk.client, bram.client);
    await facilitator.send({ type: 'block.goto', blockId: 'eerste-stap' });
    await anouk.client.waitFor((v) => v.role === 'participant' && v.block?.id === 'eerste-stap');
    await anouk.client.send({
      type: 'answer',
      blockId: 'eerste-stap',
      answer: { kind: 'poll', optionIds: ['regels'] },
    });
    await bram.client.send({
      type: 'answer',
      blockId: 'eerste-stap',
      answer: { kind: 'poll', optionIds: ['buurt'] },
    });
    await facilitator.send({ type: 'results.reveal', blockId: 'eerste-stap' });
    await facilitator.send({ type: 'block.goto', blockId: 'eerste-indruk' });
    await bram.client.waitFor((v) => v.role === 'participant' && v.block?.id === 'eerste-indruk');
    await bram.client.send({
      type: 'answer',
      blockId: 'eerste-indruk',
      answer: { kind: 'reflection', text: secret },
    });
    await facilitator.send({ type: 'session.end' });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('exports the log as a versioned file with pseudonyms, and names only on request', async () => {
    const response = await get(a, API.exportJson(room.roomId));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="samenspel-.*\.json"/,
    );
    const file = (await response.json()) as LogExport;
    expect(file).toMatchObject({ format: LOG_FORMAT, version: 1, names: 'pseudonyms' });
    const text = JSON.stringify(file);
    expect(text).not.toContain('Anouk Jansen');
    expect(text).not.toContain('Bram de Vries');
    expect(text).toContain('Deelnemer 1');

    const named = (await (
      await get(a, `${API.exportJson(room.roomId)}?names=true`)
    ).json()) as LogExport;
    expect(named.names).toBe('names');
    expect(JSON.stringify(named)).toContain('Anouk Jansen');
  });

  it('never lets an anonymous reflection carry its author in any export', async () => {
    for (const path of [
      API.exportJson(room.roomId),
      `${API.exportJson(room.roomId)}?names=true`,
      API.events(room.roomId),
    ]) {
      const body = (await (await get(a, path)).json()) as { events: LogExport['events'] };
      const reflection = body.events.find(
        (e) => e.type === 'answer_submitted' && JSON.stringify(e).includes(secret),
      );
      expect(reflection, path).toBeDefined();
      const bramId = body.events.find((e) => e.type === 'participant_joined' && e.seq === 3);
      expect(JSON.stringify(reflection)).not.toContain(
        bramId?.type === 'participant_joined' ? bramId.participantId : '?',
      );
    }
  });

  it('imports into another instance and replays to the same screens', async () => {
    const file = (await (
      await get(a, `${API.exportJson(room.roomId)}?names=true`)
    ).json()) as LogExport;
    const response = await fetch(b.url + API.import, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
      body: JSON.stringify(file),
    });
    expect(response.status).toBe(201);
    const { roomId, code } = ImportResponseSchema.parse(await response.json());
    expect(roomId).not.toBe(room.roomId);
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    const imported = EventsResponseSchema.parse(await (await get(b, API.events(roomId))).json());
    const original = EventsResponseSchema.parse(
      await (await get(a, API.events(room.roomId))).json(),
    );
    expect(imported.roomId).toBe(roomId);
    const strip = (state: ReturnType<typeof foldRoom>) => ({ ...state, roomId: 'x', code: 'x' });
    const replayed = strip(foldRoom(imported.events));
    const live = strip(foldRoom(original.events));
    expect(projectForFacilitator(replayed)).toEqual(projectForFacilitator(live));
    expect(projectForPresenter(replayed)).toEqual(projectForPresenter(live));
    const list = (await (await get(b, API.rooms)).json()) as RoomSummary[];
    expect(list.map((r) => r.roomId)).toContain(roomId);
  });

  it('refuses a file that is not a Samenspel log, or that does not replay, and stores nothing', async () => {
    const before = ((await (await get(b, API.rooms)).json()) as RoomSummary[]).length;
    const post = (body: unknown) =>
      fetch(b.url + API.import, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
        body: JSON.stringify(body),
      });
    const wrong = await post({
      format: 'other',
      version: 1,
      exportedAt: 0,
      names: 'names',
      events: [],
    });
    expect(wrong.status).toBe(400);
    const file = (await (await get(a, API.exportJson(room.roomId))).json()) as LogExport;
    const gap = await post({ ...file, events: file.events.filter((e) => e.seq !== 4) });
    expect(gap.status).toBe(422);
    expect(
      ((await gap.json()) as { error: { code: string; message: string } }).error.message,
    ).toMatch(/does not replay/);
    expect(((await (await get(b, API.rooms)).json()) as RoomSummary[]).length).toBe(before);
  });

  it('keeps trainer notes apart from the log, pinned to a moment', async () => {
    const eventsBefore = EventsResponseSchema.parse(
      await (await get(a, API.events(room.roomId))).json(),
    ).events;
    const response = await fetch(a.url + API.notes(room.roomId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
      body: JSON.stringify({ atSeq: 5, text: 'Hier kantelde de groep' }),
    });
    expect(response.status).toBe(201);
    const note = (await response.json()) as TrainerNote;
    const list = TrainerNoteListSchema.parse(await (await get(a, API.notes(room.roomId))).json());
    expect(list).toEqual([note]);
    const eventsAfter = EventsResponseSchema.parse(
      await (await get(a, API.events(room.roomId))).json(),
    ).events;
    expect(eventsAfter).toEqual(eventsBefore);
    const tooFar = await fetch(a.url + API.notes(room.roomId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
      body: JSON.stringify({ atSeq: 10_000, text: 'x' }),
    });
    expect(tooFar.status).toBe(400);
  });

  it('keeps the library, logs, exports and notes behind the passphrase', async () => {
    for (const path of [
      API.events(room.roomId),
      API.exportJson(room.roomId),
      API.notes(room.roomId),
    ]) {
      expect((await fetch(a.url + path)).status, path).toBe(401);
    }
    expect((await fetch(a.url + API.room(room.roomId), { method: 'DELETE' })).status).toBe(401);
    expect(
      (
        await fetch(a.url + API.import, {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'application/json' },
        })
      ).status,
    ).toBe(401);
  });

  it('deletes a session on request: its events and notes are gone for good', async () => {
    const response = await fetch(a.url + API.room(room.roomId), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${a.token}` },
    });
    expect(response.status).toBe(204);
    expect((await get(a, API.events(room.roomId))).status).toBe(404);
    expect(await a.app.registry.store.read(room.roomId)).toEqual([]);
    expect((await fetch(a.url + API.join(room.code))).status).toBe(404);
  });
});

describe('retention', () => {
  it('deletes ended sessions older than the period, and nothing else', async () => {
    let clock = Date.UTC(2026, 0, 5, 9);
    const server = await startShippedApp({ now: () => clock });
    try {
      const old = await createRoom(server.url, server.token, 'demo');
      const running = await createRoom(server.url, server.token, 'demo');
      const console_ = await connectFacilitator(server.url, old.roomId, server.token);
      await console_.send({ type: 'session.end' });
      console_.close();
      clock += 31 * 24 * 60 * 60_000;
      // A month later the old session token has expired: log in again.
      const token = await login(server.url);
      const recent = await createRoom(server.url, token, 'demo');
      const recentConsole = await connectFacilitator(server.url, recent.roomId, token);
      await recentConsole.send({ type: 'session.end' });
      recentConsole.close();

      const retention = startRetention(
        server.app.registry,
        30,
        () => clock,
        () => undefined,
      );
      const deleted = await retention.runOnce();
      retention.stop();
      expect(deleted).toEqual([old.roomId]);
      expect(await server.app.registry.store.read(old.roomId)).toEqual([]);
      const left = (await server.app.registry.list()).map((r) => r.roomId).sort();
      expect(left).toEqual([running.roomId, recent.roomId].sort());
    } finally {
      await server.stop();
    }
  });
});
