import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  ErrorResponseSchema,
  EventsResponseSchema,
  foldRoom,
  ImportConflictSchema,
  ImportResponseSchema,
  projectForFacilitator,
  projectForPresenter,
  type LogExport,
  type RoomEvent,
  type RoomSummary,
} from '@samenspel/shared';
import { createRoom, readLog } from './support/http.js';
import { connectFacilitator, joinAsParticipant, TestClient } from './support/client.js';
import { highlightFirstReflection } from './support/reflections.js';
import { startShippedApp } from './support/shipped-app.js';

type Answered = Extract<RoomEvent, { type: 'answer_submitted' }>;

/**
 * An imported log is held to the rules a live room applies to every command: a file that breaks
 * one is refused with the event it breaks it at, and nothing is imported. A room that used every
 * kind of block goes through as it was recorded, once.
 */
describe('importing a log holds it to the live room’s rules', () => {
  let a: Awaited<ReturnType<typeof startShippedApp>>;
  let b: Awaited<ReturnType<typeof startShippedApp>>;
  let room: RoomSummary;
  let file: LogExport;
  let importedRoomId = '';
  const clients: TestClient[] = [];

  const post = (body: unknown) =>
    fetch(b.url + API.import, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${b.token}` },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const libraryCount = async () =>
    (
      (await (
        await fetch(b.url + API.rooms, { headers: { authorization: `Bearer ${b.token}` } })
      ).json()) as RoomSummary[]
    ).length;
  /** The recorded file with one change made to a copy of its events. */
  const changed = (change: (events: RoomEvent[]) => void): LogExport => {
    const copy = structuredClone(file);
    change(copy.events);
    return copy;
  };
  const find = <T extends RoomEvent>(
    events: RoomEvent[],
    test: (event: RoomEvent) => event is T,
  ): T => {
    const found = events.find(test);
    if (!found) throw new Error('the recorded session lacks that event');
    return found;
  };
  const pollAnswer = (event: RoomEvent): event is Answered =>
    event.type === 'answer_submitted' && event.blockId === 'eerste-stap';

  /** Refused with `status`, naming the event by seq and position, and the library unchanged. */
  async function expectRefused(body: unknown, status: number, seq: number, pattern: RegExp) {
    const before = await libraryCount();
    const response = await post(body);
    const answer = ErrorResponseSchema.parse(await response.json());
    expect(response.status, answer.error.message).toBe(status);
    expect(answer.error.code).toBe('invalid_payload');
    expect(answer.error.message).toMatch(pattern);
    expect(answer.error.field).toMatch(new RegExp(`^events\\.${seq - 1}(\\.|$)`));
    if (status === 422) expect(answer.error.message).toContain(`event ${seq} `);
    expect(await libraryCount()).toBe(before);
  }

  beforeAll(async () => {
    a = await startShippedApp();
    b = await startShippedApp();
    room = await createRoom(a.url, a.token, 'demo');
    const facilitator = await connectFacilitator(a.url, room.roomId, a.token);
    const phones = [
      await joinAsParticipant(a.url, room.code, 'Anouk'),
      await joinAsParticipant(a.url, room.code, null),
      await joinAsParticipant(a.url, room.code, 'Chris'),
    ];
    clients.push(facilitator, ...phones.map((p) => p.client));
    const f = async (command: Record<string, unknown>) => {
      const ack = await facilitator.send(command);
      if (!ack.ok) throw new Error(`${String(command.type)}: ${JSON.stringify(ack.error)}`);
    };
    const on = (blockId: string) =>
      Promise.all(
        phones.map(({ client }) =>
          client.waitFor((v) => v.role === 'participant' && v.block?.id === blockId),
        ),
      );
    const goto = async (blockId: string) => {
      await f({ type: 'block.goto', blockId });
      await on(blockId);
    };
    const answer = async (i: number, blockId: string, value: Record<string, unknown>) => {
      const ack = await phones[i]!.client.send({ type: 'answer', blockId, answer: value });
      if (!ack.ok) throw new Error(`answer ${blockId}: ${JSON.stringify(ack.error)}`);
    };

    await f({ type: 'session.start' });
    await f({ type: 'timer.start' });
    await f({ type: 'timer.pause' });
    await f({ type: 'timer.extend', byMs: 60_000 });
    await f({ type: 'timer.resume' });
    await f({ type: 'timer.reset' });
    await goto('mini-casus');
    await goto('eerste-stap');
    await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['regels'] });
    await answer(1, 'eerste-stap', { kind: 'poll', optionIds: ['plan'] });
    await answer(2, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] });
    await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] });
    await f({ type: 'answers.lock', blockId: 'eerste-stap' });
    await f({ type: 'results.reveal', blockId: 'eerste-stap' });
    await goto('thermometer');
    await answer(0, 'thermometer', { kind: 'scale', values: { 'weet-wat-speelt': 4 } });
    await answer(0, 'thermometer', { kind: 'scale', values: { 'durf-tegenspraak': 2 } });
    await answer(1, 'thermometer', { kind: 'scale', values: { 'weet-wat-speelt': 5 } });
    await goto('mini-stellingen');
    await answer(2, 'mini-stellingen', {
      kind: 'statements',
      values: { d1: 1, d2: 5, d3: 3, d4: 2, d5: 2, d6: 4 },
    });
    await f({ type: 'results.reveal', blockId: 'mini-stellingen' });
    await goto('eerste-indruk');
    await answer(0, 'eerste-indruk', { kind: 'reflection', text: 'Eerst de kaders' });
    await answer(1, 'eerste-indruk', { kind: 'reflection', text: 'Ik durf meer' });
    await answer(1, 'eerste-indruk', { kind: 'reflection', text: 'Ik durf meer dan ik dacht' });
    await highlightFirstReflection(facilitator, 'eerste-indruk', 2);
    await goto('mini-rollenspel');
    await f({ type: 'roles.assign', blockId: 'mini-rollenspel' });
    await goto('tweetallen');
    await f({ type: 'groups.form', blockId: 'tweetallen' });
    await goto('adempauze');
    await goto('voornemen');
    await answer(2, 'voornemen', { kind: 'intentions', items: ['Eerder bellen met de wethouder'] });
    await phones[1]!.client.send({ type: 'leave' });
    await f({ type: 'session.end' });
    file = (await (
      await fetch(a.url + API.exportJson(room.roomId), {
        headers: { authorization: `Bearer ${a.token}` },
      })
    ).json()) as LogExport;
  }, 30_000);
  afterAll(async () => {
    for (const client of clients) client.close();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('imports a room that used every kind of block, and replays it to the same screens', async () => {
    const visited = new Set(
      file.events.flatMap((e) => (e.type === 'block_entered' ? [e.blockIndex] : [])),
    );
    expect(visited.size).toBe(10);
    const response = await post(file);
    expect(response.status).toBe(201);
    const { roomId } = ImportResponseSchema.parse(await response.json());
    importedRoomId = roomId;
    const imported = EventsResponseSchema.parse(
      await (
        await fetch(b.url + API.events(roomId), { headers: { authorization: `Bearer ${b.token}` } })
      ).json(),
    );
    const original = await readLog(a.url, a.token, room.roomId);
    const strip = (events: RoomEvent[]) => ({ ...foldRoom(events), roomId: 'x', code: 'x' });
    // The import keeps the names the file has (pseudonyms); the screens are otherwise the same.
    const named = (events: RoomEvent[]) =>
      events.map((e) => (e.type === 'participant_joined' ? { ...e, name: null } : e));
    expect(projectForFacilitator(strip(named(imported.events)))).toEqual(
      projectForFacilitator(strip(named(original.events))),
    );
    expect(projectForPresenter(strip(imported.events))).toEqual(
      projectForPresenter(strip(original.events)),
    );
  });

  it('says a file is already in the library, offers that session and keeps no second copy', async () => {
    const before = await libraryCount();
    // The same session exported again later: another export time, the same events.
    const again = await post({ ...file, exportedAt: file.exportedAt + 60_000 });
    expect(again.status).toBe(409);
    const conflict = ImportConflictSchema.parse(await again.json());
    expect(conflict.error.code).toBe('already_imported');
    expect(conflict.existing.roomId).toBe(importedRoomId);
    expect(conflict.existing.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(await libraryCount()).toBe(before);
  });

  it('finds the session a file was exported from when it is imported back on that server', async () => {
    const response = await fetch(a.url + API.import, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.token}` },
      body: JSON.stringify(file),
    });
    expect(response.status).toBe(409);
    expect(ImportConflictSchema.parse(await response.json()).existing.roomId).toBe(room.roomId);
  });

  it('refuses an answer from someone who never joined', async () => {
    let seq = 0;
    const body = changed((events) => {
      const vote = find(events, pollAnswer);
      vote.participantId = 'p_stranger';
      vote.actor = { kind: 'participant', id: 'p_stranger' };
      seq = vote.seq;
    });
    await expectRefused(body, 422, seq, /never joined/);
  });

  it('refuses a vote for an option that does not exist (it reported "5 of 5 voted" over bars adding up to 4)', async () => {
    let seq = 0;
    const body = changed((events) => {
      const vote = find(events, pollAnswer);
      vote.answer = { kind: 'poll', optionIds: ['bestaat-niet'] };
      seq = vote.seq;
    });
    await expectRefused(body, 422, seq, /no such option/);
  });

  it('refuses an answer of the wrong kind for its block', async () => {
    let seq = 0;
    const body = changed((events) => {
      const vote = find(events, pollAnswer);
      vote.answer = { kind: 'scale', values: { 'weet-wat-speelt': 3 } };
      seq = vote.seq;
    });
    await expectRefused(body, 422, seq, /takes a poll answer/);
  });

  it('refuses a log whose time runs backwards', async () => {
    let seq = 0;
    const body = changed((events) => {
      const vote = find(events, pollAnswer);
      vote.at = events[vote.seq - 2]!.at - 60_000;
      seq = vote.seq;
    });
    await expectRefused(body, 422, seq, /time runs backwards/);
  });

  it('refuses a participant id used twice', async () => {
    let seq = 0;
    const body = changed((events) => {
      const joins = events.filter((e) => e.type === 'participant_joined');
      const [first, second] = joins;
      if (first?.type !== 'participant_joined' || second?.type !== 'participant_joined') return;
      second.participantId = first.participantId;
      second.actor = { kind: 'participant', id: first.participantId };
      seq = second.seq;
    });
    await expectRefused(body, 422, seq, /used twice/);
  });

  it('refuses groups of people who are not in the room', async () => {
    let seq = 0;
    const body = changed((events) => {
      const formed = find(
        events,
        (e): e is Extract<RoomEvent, { type: 'groups_formed' }> => e.type === 'groups_formed',
      );
      formed.groups = [[formed.groups[0]![0]!, 'p_stranger']];
      seq = formed.seq;
    });
    await expectRefused(body, 422, seq, /not in this room/);
  });

  it('refuses ids named like properties of every object (__proto__, constructor)', async () => {
    const joined = file.events.find((e) => e.type === 'participant_joined');
    const id = joined?.type === 'participant_joined' ? joined.participantId : '';
    for (const reserved of ['__proto__', 'constructor']) {
      // The participant's id, everywhere it occurs: their join, answers, roles and groups.
      const text = JSON.stringify(file).replaceAll(`"${id}"`, `"${reserved}"`);
      await expectRefused(text, 400, joined!.seq, /reserved/);
    }
    // A block, option or statement id of the programme keys records as well.
    const scenario = JSON.stringify(file).replaceAll('"eerste-stap"', '"constructor"');
    await expectRefused(scenario, 400, 1, /reserved/);
  });

  it('refuses a log sent as plain text, without a server error', async () => {
    const before = await libraryCount();
    const response = await fetch(b.url + API.import, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${b.token}` },
      body: JSON.stringify(file),
    });
    expect(response.status).toBe(400);
    expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe('invalid_payload');
    expect(await libraryCount()).toBe(before);
  });
});
