import { afterEach, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { RoomEvent } from '@samenspel/shared';
import { KeyRing } from '../src/auth/keys.js';
import { RoomRegistry } from '../src/rooms/registry.js';
import { randomId, shuffle } from '../src/rooms/ids.js';
import { RoomElsewhere, type RoomOwnership } from '../src/rooms/room-ownership.js';
import { FencedOut, type EventStore } from '../src/store/event-store.js';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import { loadScenarioCatalog } from '../src/scenarios/catalog.js';
import { FIXTURE_SCENARIOS, tempDataDir } from './support/server.js';
import { storeWith } from './support/stores.js';

/**
 * An ownership the test decides, standing in for PostgreSQL's leases (pg-room-leases.ts): the
 * registry's side of the contract, without a database: what it takes, when, and what it does
 * with a room it turns out not to hold.
 */
class DecidedOwnership implements RoomOwnership {
  readonly taken: string[] = [];
  readonly released: string[] = [];
  held = new Set<string>();
  grant = true;
  /** Whether a room taken stays held (false: it is lost again while being loaded). */
  keep = true;
  private lostListeners: Array<(roomId: string, why: string) => void> = [];

  take(roomId: string): Promise<boolean> {
    this.taken.push(roomId);
    if (!this.grant) return Promise.resolve(false);
    if (this.keep) this.held.add(roomId);
    return Promise.resolve(true);
  }
  holds(roomId: string): boolean {
    return this.held.has(roomId);
  }
  runsElsewhere(): Promise<boolean> {
    return Promise.resolve(!this.grant);
  }
  stopTaking(): void {
    this.grant = false;
  }
  release(roomId: string): Promise<void> {
    this.released.push(roomId);
    this.held.delete(roomId);
    return Promise.resolve();
  }
  lose(roomId: string): void {
    this.held.delete(roomId);
    for (const listener of this.lostListeners) listener(roomId, 'taken by another node');
  }
  onLost(listener: (roomId: string, why: string) => void): void {
    this.lostListeners.push(listener);
  }
  onOrphans(): void {}
  close(): Promise<void> {
    return Promise.resolve();
  }
}

describe('the registry under an ownership of rooms', () => {
  const dirs: Array<{ remove(): void }> = [];
  const stores: EventStore[] = [];
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.close();
    for (const dir of dirs.splice(0)) dir.remove();
  });

  async function setUp(wrap: (store: EventStore) => EventStore = (store) => store) {
    const dir = tempDataDir();
    dirs.push(dir);
    const store = new SqliteEventStore(dir.dir, 'normal');
    stores.push(store);
    const scenario = [...(await loadScenarioCatalog(FIXTURE_SCENARIOS)).scenarios.values()][0]!;
    const open = (ownership: RoomOwnership) =>
      RoomRegistry.open({
        store: wrap(store),
        ownership,
        keys: new KeyRing(randomBytes(32), 'een lange wachtzin'),
        now: Date.now,
        randomId,
        shuffle,
        onBackgroundError: () => undefined,
      });
    return { open, scenario };
  }

  it('takes a room before it creates or loads it, and never for an id that is no room', async () => {
    const { open, scenario } = await setUp();
    const first = new DecidedOwnership();
    const room = await (await open(first)).create(scenario, null);
    expect(first.taken).toEqual([room.roomId]);

    const second = new DecidedOwnership();
    const other = await open(second);
    expect(await other.get('r_0000000000000000')).toBeNull();
    expect(second.taken).toEqual([]);
    second.grant = false;
    await expect(other.get(room.roomId)).rejects.toBeInstanceOf(RoomElsewhere);
    expect(other.liveRooms).toEqual([]);
    // Routing asks the lease alone: it takes nothing and loads nothing.
    expect(await other.runs(room.snapshot.code)).toBe(false);
    expect(second.taken).toEqual([room.roomId]);
  });

  it('does not keep a room that was lost while it was being loaded', async () => {
    const { open, scenario } = await setUp();
    const room = await (await open(new DecidedOwnership())).create(scenario, null);
    const losing = new DecidedOwnership();
    losing.keep = false;
    const registry = await open(losing);
    await expect(registry.get(room.roomId)).rejects.toBeInstanceOf(RoomElsewhere);
    expect(registry.liveRooms).toEqual([]);
  });

  it('lets a room go when it is lost, and when its appends are fenced, and loads it afresh', async () => {
    let fence = false;
    const { open, scenario } = await setUp((store) =>
      storeWith(store, {
        append: (roomId: string, events: readonly RoomEvent[]) =>
          fence ? Promise.reject(new FencedOut('held elsewhere')) : store.append(roomId, events),
      }),
    );
    const ownership = new DecidedOwnership();
    const registry = await open(ownership);
    const room = await registry.create(scenario, null);
    const lost: string[] = [];
    registry.onLost((roomId) => lost.push(roomId));

    ownership.lose(room.roomId);
    expect(registry.liveRooms).toEqual([]);
    expect(lost).toEqual([room.roomId]);

    const again = await registry.get(room.roomId);
    expect(again).not.toBe(room);
    fence = true;
    const refused = await again!.submit(
      { kind: 'facilitator' },
      { v: 1, id: 'c1', type: 'session.start' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'storage_error' } });
    await again!.idle();
    expect(registry.liveRooms).toEqual([]);
    fence = false;
    const afresh = await registry.get(room.roomId);
    expect(afresh?.snapshot.status).toBe('lobby');
  });
});
