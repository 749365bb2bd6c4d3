import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { configFromEnv, ConfigError } from '../src/config.js';
import { buildApp } from '../src/app.js';
import { StartupError } from '../src/startup-error.js';
import { createPgPool } from '../src/store/pg/pg-connect.js';
import { ensureSchema } from '../src/store/pg/pg-schema.js';
import { GIVE_UP_MS, LEASE_TTL_MS, PgRoomLeases } from '../src/store/pg/pg-room-leases.js';
import { FencedOut } from '../src/store/pg/pg-group-commit.js';
import { RoomElsewhere } from '../src/rooms/room-ownership.js';
import { ROOM_HINT_PARAM } from '@samenspel/shared';
import { PgEventStore } from '../src/store/pg/pg-event-store.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { created, joined } from './support/stores.js';
import { tempDataDir, testConfig } from './support/server.js';

/** What goes wrong between a node and its database, against a real PostgreSQL server. */
describe('PostgreSQL faults', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server.remove());

  async function openStore(url: string) {
    const pool = createPgPool(url);
    await ensureSchema(pool);
    const leases = await PgRoomLeases.start(pool);
    const store = new PgEventStore(pool, leases);
    const lost = vi.fn();
    leases.onLost(lost);
    return {
      store,
      leases,
      lost,
      async close() {
        await store.close();
        await leases.close(false);
        await pool.end();
      },
    };
  }

  async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  }

  it('a misconfigured SAMENSPEL_DATABASE_URL stops start-up naming the setting, never the password', async () => {
    for (const url of [
      'mysql://trainer:geheim123@db/samenspel',
      'postgres://trainer:geheim123@',
      'nonsense',
    ]) {
      let error: unknown;
      try {
        configFromEnv({ SAMENSPEL_DATABASE_URL: url });
      } catch (caught) {
        error = caught;
      }
      expect(error, url).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain('SAMENSPEL_DATABASE_URL');
      expect((error as Error).message).not.toContain('geheim123');
    }
    // Well formed, but nothing listens there (port 1) or the database does not exist.
    const data = tempDataDir();
    try {
      for (const url of [
        'postgres://trainer:geheim123@127.0.0.1:1/samenspel',
        `postgres://samenspel:geheim123@127.0.0.1:${server.port}/bestaat_niet`,
        `postgres://samenspel@127.0.0.1:${server.port}/bestaat_niet?password=geheim123`,
      ]) {
        const failed = await buildApp(testConfig(data.dir, { databaseUrl: url })).catch(
          (caught: unknown) => caught,
        );
        expect(failed, url).toBeInstanceOf(StartupError);
        expect((failed as Error).message).toContain('SAMENSPEL_DATABASE_URL');
        expect((failed as Error).message).not.toContain('geheim123');
      }
    } finally {
      data.remove();
    }
  });

  it('two servers on one database each run their own rooms; a room goes to the other when its server stops', async () => {
    const url = await server.createDatabase();
    const dirs = [tempDataDir(), tempDataDir()];
    try {
      const first = await buildApp(testConfig(dirs[0]!.dir, { databaseUrl: url }));
      const second = await buildApp(testConfig(dirs[1]!.dir, { databaseUrl: url }));
      // Both on one database share its signing key: a token of one opens the other.
      expect(second.secrets.signingKey.equals(first.secrets.signingKey)).toBe(true);
      const scenario = [...first.catalog.scenarios.values()][0]!;
      const mine = await first.registry.create(scenario, null);
      const theirs = await second.registry.create(scenario, null);
      // Each runs its own, and refuses the other's rather than running it beside it.
      await expect(second.registry.get(mine.roomId)).rejects.toBeInstanceOf(RoomElsewhere);
      await expect(first.registry.get(theirs.roomId)).rejects.toBeInstanceOf(RoomElsewhere);
      expect(await first.registry.runs(mine.snapshot.code)).toBe(true);
      expect(await second.registry.runs(mine.snapshot.code)).toBe(false);
      expect(await second.registry.runs(theirs.roomId)).toBe(true);
      // A socket for the other's room is sent on before its handshake (503), its own is not.
      const { url: firstUrl } = await first.listen();
      const poll = (base: string, room: string) =>
        fetch(`${base}/socket.io/?EIO=4&transport=polling&${ROOM_HINT_PARAM}=${room}`);
      expect((await poll(firstUrl, theirs.snapshot.code)).status).toBe(503);
      expect((await poll(firstUrl, mine.snapshot.code)).status).toBe(200);
      // The first stops: its running room is handed over and the second takes it up unasked.
      await first.close();
      await vi.waitFor(
        () => expect(second.registry.liveRooms.map((room) => room.roomId)).toContain(mine.roomId),
        { timeout: 5_000, interval: 100 },
      );
      await second.close();
    } finally {
      for (const dir of dirs) dir.remove();
    }
  });

  it('a node with another passphrase than the running nodes is refused; with none running it counts', async () => {
    const url = await server.createDatabase();
    const dirs = [tempDataDir(), tempDataDir(), tempDataDir()];
    try {
      const first = await buildApp(testConfig(dirs[0]!.dir, { databaseUrl: url }));
      const other = { databaseUrl: url, passphrase: 'een heel ander wachtwoord' };
      const refused = await buildApp(testConfig(dirs[1]!.dir, other)).catch(
        (caught: unknown) => caught,
      );
      expect(refused).toBeInstanceOf(StartupError);
      expect((refused as Error).message).toMatch(/SAMENSPEL_PASSPHRASE differs/);
      expect((refused as Error).message).not.toContain('een heel ander wachtwoord');
      await first.close();
      // Nobody runs now: nodes restarted together on the new passphrase agree with each other.
      const changed = await Promise.all([
        buildApp(testConfig(dirs[1]!.dir, other)),
        buildApp(testConfig(dirs[2]!.dir, other)),
      ]);
      for (const app of changed) await app.close();
    } finally {
      for (const dir of dirs) dir.remove();
    }
  });

  it('a draining node takes no room up, and hands its own over when it stops', async () => {
    const url = await server.createDatabase();
    const dirs = [tempDataDir(), tempDataDir()];
    try {
      const draining = await buildApp(
        testConfig(dirs[0]!.dir, { databaseUrl: url, shutdownDrainMs: 1_500 }),
      );
      const other = await buildApp(testConfig(dirs[1]!.dir, { databaseUrl: url }));
      const scenario = [...draining.catalog.scenarios.values()][0]!;
      const kept = await draining.registry.create(scenario, null);
      const stopped = draining.close();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(draining.registry.create(scenario, null)).rejects.toBeInstanceOf(RoomElsewhere);
      const elsewhere = await other.registry.create(scenario, null);
      expect(await draining.registry.runs(elsewhere.snapshot.code)).toBe(false);
      // Its own room still runs here until it stops, then goes to the other node.
      expect(await draining.registry.runs(kept.roomId)).toBe(true);
      await stopped;
      await vi.waitFor(
        () => expect(other.registry.liveRooms.map((room) => room.roomId)).toContain(kept.roomId),
        { timeout: 5_000, interval: 100 },
      );
      await other.close();
    } finally {
      for (const dir of dirs) dir.remove();
    }
  });

  it('a node whose room another node took writes nothing more to it, and lets it go', async () => {
    const url = await server.createDatabase();
    const old = await openStore(url);
    try {
      for (const roomId of ['r1', 'r2']) expect(await old.leases.take(roomId)).toBe(true);
      await old.store.append('r1', [created('r1', 'FENCED')]);
      await old.store.append('r2', [created('r2', 'KEEPIT')]);
      // Another node takes r1 over: its lease raises the epoch. (Here by hand, as the lease
      // has not run out; a real takeover waits for that.)
      await query(
        url,
        "UPDATE room_leases SET node_id = 'elders', epoch = epoch + 1 WHERE room_id = 'r1'",
      );
      await expect(old.store.append('r1', [joined(2, 'p1')])).rejects.toBeInstanceOf(FencedOut);
      expect(old.lost).toHaveBeenCalledWith('r1', expect.any(String));
      // Nor may it delete the room under the new node's feet; its other room goes on.
      await expect(old.store.deleteRoom('r1')).rejects.toBeInstanceOf(RoomElsewhere);
      await old.store.append('r2', [joined(2, 'p1')]);
      expect(await old.leases.take('r1')).toBe(false);
      const counts = await query<{ room_id: string; n: number }>(
        url,
        'SELECT room_id, count(*)::int AS n FROM events GROUP BY room_id ORDER BY room_id',
      );
      expect(counts).toEqual([
        { room_id: 'r1', n: 1 },
        { room_id: 'r2', n: 2 },
      ]);
    } finally {
      await old.close();
    }
  });

  it('a PostgreSQL restart mid-session loses nothing acknowledged, refuses meanwhile, and goes on', async () => {
    const url = await server.createDatabase();
    const node = await openStore(url);
    try {
      await node.leases.take('r1');
      await node.store.append('r1', [created('r1', 'RESTRT'), joined(2, 'p1')]);
      await server.stopNow();
      await expect(node.store.append('r1', [joined(3, 'p2')])).rejects.toThrow();
      expect(await node.store.writeProblem()).not.toBeNull();
      await server.start();
      await vi.waitFor(async () => expect(await node.store.writeProblem()).toBeNull(), {
        timeout: 15_000,
        interval: 200,
      });
      // Taken again if the outage outlasted the lease (the registry does so on the next request).
      expect(await node.leases.take('r1')).toBe(true);
      await node.store.append('r1', [joined(3, 'p2')]);
      expect((await node.store.read('r1')).map((event) => event.seq)).toEqual([1, 2, 3]);
    } finally {
      await node.close();
    }
  }, 40_000);

  it(
    'a node cut off for long lets its rooms go, another takes them, and the first never writes to them again',
    async () => {
      const url = await server.createDatabase();
      const cutOff = await openStore(url);
      const other = await openStore(url);
      try {
        await cutOff.leases.take('r1');
        await cutOff.store.append('r1', [created('r1', 'CUTOFF')]);
        // While it holds the room, nobody else gets it.
        expect(await other.leases.take('r1')).toBe(false);
        await server.stopNow();
        await vi.waitFor(() => expect(cutOff.lost).toHaveBeenCalledWith('r1', expect.any(String)), {
          timeout: GIVE_UP_MS + 5_000,
          interval: 200,
        });
        await server.start();
        await vi.waitFor(async () => expect(await other.leases.take('r1')).toBe(true), {
          timeout: LEASE_TTL_MS + 15_000,
          interval: 250,
        });
        await other.store.append('r1', [joined(2, 'p1')]);
        // The first never writes again, even now the database is back.
        await expect(cutOff.store.append('r1', [joined(2, 'p2')])).rejects.toBeInstanceOf(
          FencedOut,
        );
        expect(await cutOff.leases.take('r1')).toBe(false);
        expect((await other.store.read('r1')).map((event) => event.seq)).toEqual([1, 2]);
      } finally {
        await cutOff.close();
        await other.close();
      }
    },
    LEASE_TTL_MS + 40_000,
  );
});
