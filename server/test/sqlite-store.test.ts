import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { RoomEvent } from '@samenspel/shared';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import { SeqConflict } from '../src/store/event-store.js';
import { tempDataDir } from './support/server.js';

const scenario = {
  id: 'mini',
  title: 'Mini',
  language: 'nl' as const,
  minutes: 1,
  blocks: [{ id: 'a', title: 'A', kind: 'info' as const, minutes: 1 }],
};

function created(roomId: string, code: string): RoomEvent {
  return {
    seq: 1,
    at: 1000,
    actor: { kind: 'facilitator' },
    type: 'room_created',
    roomId,
    code,
    groupName: null,
    scenario,
  };
}
function joined(seq: number, participantId: string): RoomEvent {
  return {
    seq,
    at: 1000 + seq,
    actor: { kind: 'participant', id: participantId },
    type: 'participant_joined',
    participantId,
    name: null,
  };
}

describe('SQLite event store', () => {
  const temp = tempDataDir();
  let store: SqliteEventStore;
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => temp.remove());

  it('appends, reads back in order and keeps the room index', async () => {
    store = new SqliteEventStore(temp.dir, 'full');
    await store.append('r1', [created('r1', 'ABCDEF')]);
    await store.append('r1', [joined(2, 'p1'), joined(3, 'p2')]);
    expect((await store.read('r1')).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await store.read('r1', 2)).map((e) => e.seq)).toEqual([3]);
    expect(await store.findRoomByCode('ABCDEF')).toMatchObject({
      roomId: 'r1',
      lastSeq: 3,
      participantCount: 2,
    });
  });

  it('refuses a gap or a duplicate seq and writes nothing of that batch', async () => {
    store = new SqliteEventStore(temp.dir, 'full');
    await expect(store.append('r1', [joined(5, 'p9')])).rejects.toBeInstanceOf(SeqConflict);
    await expect(store.append('r1', [joined(4, 'p3'), joined(3, 'p4')])).rejects.toBeInstanceOf(
      SeqConflict,
    );
    expect((await store.read('r1')).map((e) => e.seq)).toEqual([1, 2, 3]);
    await expect(store.append('nobody', [joined(1, 'p1')])).rejects.toBeInstanceOf(SeqConflict);
  });

  it("appends of many rooms made at once all land, and one room's conflict spoils no other", async () => {
    store = new SqliteEventStore(temp.dir, 'full');
    const rooms = ['g1', 'g2', 'g3'];
    await Promise.all(rooms.map((id, i) => store.append(id, [created(id, `GRP00${i}`)])));
    const results = await Promise.allSettled([
      store.append('g1', [joined(2, 'p1')]),
      store.append('g2', [joined(7, 'p1')]),
      store.append('g3', [joined(2, 'p1'), joined(3, 'p2')]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await store.read('g1')).map((e) => e.seq)).toEqual([1, 2]);
    expect((await store.read('g2')).map((e) => e.seq)).toEqual([1]);
    expect((await store.read('g3')).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(await store.findRoom('g3')).toMatchObject({ lastSeq: 3, participantCount: 2 });
    for (const id of rooms) await store.deleteRoom(id);
  });

  it('survives reopening and deletes a room with its events for good', async () => {
    store = new SqliteEventStore(temp.dir, 'normal');
    expect(await store.read('r1')).toHaveLength(3);
    await store.deleteRoom('r1');
    expect(await store.read('r1')).toEqual([]);
    expect(await store.findRoom('r1')).toBeNull();
    expect(await store.listRooms()).toEqual([]);
  });
});
