import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomEvent } from '@samenspel/shared';
import { DuplicateImport, SeqConflict } from '../src/store/event-store.js';
import type { ImportedLog } from '../src/rooms/import-check.js';
import {
  created,
  joined,
  postgresKind,
  sqliteKind,
  type StoreKind,
  byFacilitator,
} from './support/stores.js';

/**
 * What every store promises the rooms above it, checked against the embedded SQLite file and a
 * real PostgreSQL server (a throwaway one, started here): the same test, the same answers.
 */
describe.each<StoreKind>([sqliteKind(), postgresKind()])('$name store', (kind) => {
  beforeAll(() => kind.setUp(), 60_000);
  afterAll(() => kind.tearDown());

  it('appends, reads back in order and keeps the room index, also after reopening', async () => {
    const home = await kind.home();
    let opened = await home.open();
    try {
      const started: RoomEvent = {
        seq: 4,
        at: 61_000,
        actor: { kind: 'facilitator' },
        type: 'session_started',
      };
      await opened.events.append('r1', [created('r1', 'ABCDEF')]);
      await opened.events.append('r1', [joined(2, 'p1'), joined(3, 'p2'), started]);
      await opened.events.append('r1', [
        {
          seq: 5,
          at: 62_000,
          actor: { kind: 'facilitator' },
          type: 'links_renewed',
          generation: 1,
        },
      ]);
      expect((await opened.events.read('r1')).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect((await opened.events.read('r1', 3)).map((e) => e.type)).toEqual([
        'session_started',
        'links_renewed',
      ]);
      await opened.close();
      opened = await home.open();
      const expected = {
        roomId: 'r1',
        code: 'ABCDEF',
        scenarioId: 'mini',
        title: 'Mini',
        groupName: null,
        createdAt: 1000,
        startedAt: 61_000,
        endedAt: null,
        lastSeq: 5,
        lastEventAt: 62_000,
        participantCount: 2,
        linkGeneration: 1,
        restedMs: 0,
      };
      expect(await opened.events.findRoomByCode('ABCDEF')).toEqual(expected);
      expect(await opened.events.findRoom('r1')).toEqual(expected);
      expect(await opened.events.listRooms()).toEqual([expected]);
      // The event comes back as it was written, field for field.
      expect((await opened.events.read('r1'))[0]).toEqual(created('r1', 'ABCDEF'));
      expect(await opened.events.writeProblem()).toBeNull();
    } finally {
      await opened.close();
      await home.remove();
    }
  });

  it('refuses a gap, a duplicate seq or an unknown room, and writes nothing of that append', async () => {
    const home = await kind.home();
    const { events, close } = await home.open();
    try {
      await events.append('r1', [created('r1', 'ABCDEF'), joined(2, 'p1')]);
      await expect(events.append('r1', [joined(5, 'p9')])).rejects.toBeInstanceOf(SeqConflict);
      await expect(events.append('r1', [joined(2, 'p3')])).rejects.toBeInstanceOf(SeqConflict);
      await expect(events.append('r1', [joined(3, 'p3'), joined(5, 'p4')])).rejects.toBeInstanceOf(
        SeqConflict,
      );
      await expect(events.append('nobody', [joined(1, 'p1')])).rejects.toBeInstanceOf(SeqConflict);
      // A second room under a code already taken is not created.
      await expect(events.append('r2', [created('r2', 'ABCDEF')])).rejects.toThrow();
      expect((await events.read('r1')).map((e) => e.seq)).toEqual([1, 2]);
      expect(await events.findRoom('r1')).toMatchObject({ lastSeq: 2, participantCount: 1 });
      expect(await events.findRoom('r2')).toBeNull();
      await events.append('r1', [joined(3, 'p3')]);
      expect((await events.read('r1')).map((e) => e.seq)).toEqual([1, 2, 3]);
    } finally {
      await close();
      await home.remove();
    }
  });

  it("appends of many rooms made at once all land, in order per room, and one room's conflict spoils no other", async () => {
    const home = await kind.home();
    const { events, close } = await home.open();
    try {
      const rooms = Array.from({ length: 30 }, (_, i) => `g${i}`);
      await Promise.all(
        rooms.map((id, i) => events.append(id, [created(id, `GRP${String(i).padStart(3, '0')}`)])),
      );
      const results = await Promise.allSettled(
        rooms.flatMap((id, i) =>
          i === 7
            ? [events.append(id, [joined(9, 'p1')])]
            : // Two appends of one room made at once: the second follows the first.
              [events.append(id, [joined(2, 'p1')]), events.append(id, [joined(3, 'p2')])],
        ),
      );
      expect(results.filter((result) => result.status === 'rejected')).toHaveLength(1);
      for (const [i, id] of rooms.entries()) {
        const seqs = (await events.read(id)).map((e) => e.seq);
        expect(seqs, id).toEqual(i === 7 ? [1] : [1, 2, 3]);
      }
      expect(await events.findRoom('g3')).toMatchObject({ lastSeq: 3, participantCount: 2 });
    } finally {
      await close();
      await home.remove();
    }
  });

  it('knows how long a training of several days rested, across appends and a reopen', async () => {
    const home = await kind.home();
    let opened = await home.open();
    const HOUR = 3_600_000;
    try {
      const day1 = 10 * HOUR;
      await opened.events.append('drie', [created('drie', 'DRIEDG', day1)]);
      await opened.events.append('drie', [byFacilitator(2, day1 + 1, { type: 'session_started' })]);
      // Day 1 lasts 6 hours, then the room rests until day 2 (a week later).
      await opened.events.append('drie', [
        byFacilitator(3, day1 + 6 * HOUR, { type: 'meeting_closed', meeting: 1 }),
      ]);
      expect((await opened.events.findRoom('drie'))?.restedMs).toBe(0);
      const day2 = day1 + 7 * 24 * HOUR;
      // Started and closed again in one append: day 2 lasts 5 hours.
      await opened.events.append('drie', [
        byFacilitator(4, day2, { type: 'meeting_started', meeting: 2 }),
        byFacilitator(5, day2 + 5 * HOUR, { type: 'meeting_closed', meeting: 2 }),
      ]);
      await opened.close();
      opened = await home.open();
      // Ended while resting, two days on: that rest counts up to the end.
      const end = day2 + 5 * HOUR + 48 * HOUR;
      await opened.events.append('drie', [byFacilitator(6, end, { type: 'session_ended' })]);
      const room = await opened.events.findRoom('drie');
      expect(room?.restedMs).toBe(7 * 24 * HOUR - 6 * HOUR + 48 * HOUR);
      // Its length, as the library works it out, is its two days of work.
      expect(room!.endedAt! - room!.startedAt! - room!.restedMs).toBe(11 * HOUR - 1);
      expect((await opened.events.listRooms()).find((r) => r.roomId === 'drie')?.restedMs).toBe(
        room?.restedMs,
      );
    } finally {
      await opened.close();
      await home.remove();
    }
  });

  it('imports a checked log as a new room, finds it by digest, refuses it twice and deletes it', async () => {
    const home = await kind.home();
    const { events, close } = await home.open();
    try {
      const first = created('imp', 'IMPORT') as Extract<RoomEvent, { type: 'room_created' }>;
      const rows = Array.from({ length: 1200 }, (_, i) => {
        const event = joined(i + 2, `p${i}`);
        return { seq: event.seq, at: event.at, type: event.type, body: JSON.stringify(event) };
      });
      const log = (): ImportedLog => ({
        first,
        digest: 'sha256-import',
        participantCount: 1200,
        startedAt: null,
        endedAt: null,
        linkGeneration: 0,
        rests: { balanceMs: 0, resting: 0 },
        lastSeq: 1201,
        lastAt: 1000 + 1201,
        slices: (async function* () {
          yield rows.slice(0, 700);
          yield rows.slice(700);
        })(),
      });
      await events.importRoom('imp', log());
      expect(await events.read('imp')).toHaveLength(1201);
      expect(await events.findRoomByDigest('sha256-import')).toMatchObject({
        roomId: 'imp',
        lastSeq: 1201,
        participantCount: 1200,
      });
      await expect(events.importRoom('imp2', log())).rejects.toBeInstanceOf(DuplicateImport);
      expect(await events.read('imp2')).toEqual([]);
      // An export's digest leads back to its room.
      await events.append('live', [created('live', 'LIVEON')]);
      await events.rememberExport('live', 'sha256-export');
      await events.rememberExport('live', 'sha256-export');
      expect(await events.findRoomByDigest('sha256-export')).toMatchObject({ roomId: 'live' });

      await events.deleteRoom('imp');
      await events.deleteRoom('live');
      expect(await events.read('imp')).toEqual([]);
      expect(await events.findRoom('imp')).toBeNull();
      expect(await events.findRoomByDigest('sha256-export')).toBeNull();
      expect(await events.listRooms()).toEqual([]);
    } finally {
      await close();
      await home.remove();
    }
  });

  it('keeps programmes as versions, refuses a stale base, keeps methods and notes, across a restart', async () => {
    const home = await kind.home();
    let opened = await home.open();
    const draft = (title: string, savedAt: number) => ({
      scenario: { title },
      problems: [],
      note: `opgeslagen om ${savedAt}`,
      savedAt,
    });
    try {
      await opened.programmes.create('p1', draft('Eerste', 1));
      await opened.programmes.create('p2', draft('Ander', 2));
      expect(await opened.programmes.save('p1', 1, draft('Tweede', 3))).toMatchObject({
        meta: { version: 2, savedAt: 3 },
      });
      expect(await opened.programmes.save('p1', 1, draft('Derde', 4))).toEqual({
        conflict: true,
        latest: expect.objectContaining({ version: 2 }),
      });
      expect(await opened.programmes.save('nope', 1, draft('X', 5))).toBeNull();
      await opened.programmes.addMethod({
        id: 'm1',
        name: 'Vissenkom',
        block: { kind: 'info' },
        savedAt: 6,
      });
      await opened.notes.add({
        id: 'n1',
        roomId: 'r1',
        atSeq: 4,
        text: 'Let op de stilte',
        createdAt: 7,
      });
      await opened.notes.add({
        id: 'n2',
        roomId: 'r1',
        atSeq: 2,
        text: 'Goed begin',
        createdAt: 8,
      });
      await opened.close();

      opened = await home.open();
      expect(
        (await opened.programmes.listLatest()).map((p) => [p.programmeId, p.meta.version]),
      ).toEqual([
        ['p1', 2],
        ['p2', 1],
      ]);
      expect((await opened.programmes.versions('p1'))?.map((meta) => meta.version)).toEqual([2, 1]);
      expect((await opened.programmes.version('p1', 1))?.scenario).toEqual({ title: 'Eerste' });
      expect(await opened.programmes.listMethods()).toEqual([
        { id: 'm1', name: 'Vissenkom', block: { kind: 'info' }, savedAt: 6 },
      ]);
      expect((await opened.notes.list('r1')).map((note) => note.id)).toEqual(['n2', 'n1']);
      expect(await opened.notes.remove('r1', 'n2')).toBe(true);
      expect(await opened.notes.remove('r1', 'n2')).toBe(false);
      await opened.notes.removeRoom('r1');
      expect(await opened.notes.list('r1')).toEqual([]);
      expect(await opened.programmes.removeMethod('m1')).toBe(true);
      expect(await opened.programmes.remove('p1')).toBe(true);
      expect(await opened.programmes.remove('p1')).toBe(false);
      expect(await opened.programmes.version('p1')).toBeNull();
    } finally {
      await opened.close();
      await home.remove();
    }
  });

  it('keeps a self-test result until it is claimed once, across a restart, and forgets it in time', async () => {
    const home = await kind.home();
    let opened = await home.open();
    const values = { s01: 5, s02: 1 };
    const day = 24 * 60 * 60_000;
    try {
      expect(await opened.selfTests.save('ABCD2345', values, 1_000)).toBe('saved');
      expect(await opened.selfTests.save('ABCD2345', { s01: 3 }, 1_000)).toBe('taken');
      await opened.close();
      opened = await home.open();
      const { selfTests } = opened;
      expect(await selfTests.claim('NOPE2345', 'claim-a', 2_000)).toBe('unknown');
      // The first claim takes it; asked again by the same claim (a lost answer), the same answers.
      expect(await selfTests.claim('ABCD2345', 'claim-a', 2_000)).toEqual({ values });
      expect(await selfTests.claim('ABCD2345', 'claim-a', 3_000)).toEqual({ values });
      // Any other claim, from another phone or another room: used.
      expect(await selfTests.claim('ABCD2345', 'claim-b', 3_000)).toBe('used');
      // A day after the claim the answers are gone from here; the code is still known as used.
      expect(await selfTests.claim('ABCD2345', 'claim-a', 2_000 + day + 1)).toBe('used');
      // Two phones claiming one code at the same moment: exactly one gets it.
      await selfTests.save('RACE2345', values, 5_000);
      const both = await Promise.all([
        selfTests.claim('RACE2345', 'claim-c', 6_000),
        selfTests.claim('RACE2345', 'claim-d', 6_000),
      ]);
      expect(both.filter((result) => result === 'used')).toHaveLength(1);
      // Never claimed, it expires after 90 days.
      await selfTests.save('LATE2345', values, 10_000);
      expect(await selfTests.claim('LATE2345', 'claim-e', 10_000 + 90 * day)).toBe('unknown');
    } finally {
      await opened.close();
      await home.remove();
    }
  });
});
