import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { RoomRegistry } from '../src/rooms/registry.js';
import { KeyRing } from '../src/auth/keys.js';
import { randomId, shuffle } from '../src/rooms/ids.js';
import { loadScenarioCatalog } from '../src/scenarios/catalog.js';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import type { RoomOwnership } from '../src/rooms/room-ownership.js';
import { tempDataDir } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));

function fakeOwnership() {
  const held = new Set<string>();
  const lost = new Set<(roomId: string, why: string) => void>();
  const ownership: RoomOwnership = {
    take: async (id) => (held.add(id), true),
    release: async (id) => void held.delete(id),
    onLost: (l) => void lost.add(l),
    onOrphans: () => undefined,
    close: async () => undefined,
  };
  return { ownership, held, lose: (id: string) => { held.delete(id); for (const l of lost) l(id, 'x'); } };
}

describe('scratch: a room lost while it loads', () => {
  it('stays in memory, not held, and is never dropped', async () => {
    const data = tempDataDir();
    const store = new SqliteEventStore(data.dir, 'full');
    const catalog = await loadScenarioCatalog(SHIPPED);
    const scenario = [...catalog.scenarios.values()][0]!;
    const keys = new KeyRing(randomBytes(32), 'geheim-geheim');
    const base = { keys, now: () => Date.now(), randomId, shuffle, onBackgroundError: () => undefined };
    // Node 1 creates the room (its log is written).
    const one = fakeOwnership();
    const first = await RoomRegistry.open({ ...base, store, ownership: one.ownership });
    const room = await first.create(scenario, null);
    await first.close();
    // Node 2 loads it; its read is slow (a big log, a busy pool), and the lease is lost meanwhile.
    let gate!: () => void;
    const gated = new Promise<void>((r) => (gate = r));
    const slowStore = Object.create(store) as SqliteEventStore;
    slowStore.read = async (id: string, after?: number) => { await gated; return store.read(id, after); };
    const two = fakeOwnership();
    const second = await RoomRegistry.open({ ...base, store: slowStore, ownership: two.ownership });
    const loading = second.get(room.roomId);
    await new Promise((r) => setTimeout(r, 50));
    expect(two.held.has(room.roomId)).toBe(true);
    two.lose(room.roomId); // the renewal found the lease gone: onLost -> drop (a no-op: not live yet)
    gate();
    await loading;
    console.log({
      live: second.liveRooms.map((a) => a.roomId).includes(room.roomId),
      held: two.held.has(room.roomId),
      runs: await second.runs(room.roomId),
    });
    await second.close();
    await store.close();
    data.remove();
  });
});
