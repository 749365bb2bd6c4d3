import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { configFromEnv, ConfigError } from '../src/config.js';
import { buildApp } from '../src/app.js';
import { StartupError } from '../src/startup-error.js';
import { createPgPool } from '../src/store/pg/pg-connect.js';
import { ensureSchema } from '../src/store/pg/pg-schema.js';
import { CUT_OFF_STOP_MS, FencedOut, WriterLease } from '../src/store/pg/pg-writer-lease.js';
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

  async function openStore(url: string, onTakenOver: (why: string) => void = () => undefined) {
    const pool = createPgPool(url);
    await ensureSchema(pool);
    const lease = await WriterLease.acquire(url, onTakenOver);
    const store = new PgEventStore(pool, lease);
    return {
      store,
      lease,
      async close() {
        await store.close();
        await lease.release();
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

  it('a second server on the same database stands by (or is refused) until the first stops', async () => {
    const url = await server.createDatabase();
    const dirs = [tempDataDir(), tempDataDir(), tempDataDir()];
    try {
      const first = await buildApp(testConfig(dirs[0]!.dir, { databaseUrl: url }));
      // Without a standby role: refused, saying why.
      const refused = await buildApp(testConfig(dirs[1]!.dir, { databaseUrl: url })).catch(
        (caught: unknown) => caught,
      );
      expect(refused).toBeInstanceOf(StartupError);
      expect((refused as Error).message).toMatch(/already writing to the database/);
      // As a standby: it waits, and is built only once the first has let go.
      const standingBy = vi.fn();
      let built = false;
      const standby = buildApp(testConfig(dirs[2]!.dir, { databaseUrl: url }), {
        onStandBy: standingBy,
      }).then((app) => {
        built = true;
        return app;
      });
      await vi.waitFor(() => expect(standingBy).toHaveBeenCalledTimes(1), { timeout: 5_000 });
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(built).toBe(false);
      await first.close();
      const second = await standby;
      // Both on one database share its signing key: a token of one opens the other.
      expect(second.secrets.signingKey.equals(first.secrets.signingKey)).toBe(true);
      await second.close();
    } finally {
      for (const dir of dirs) dir.remove();
    }
  });

  it('a node whose fencing token moved on writes nothing more, and is told to stop', async () => {
    const url = await server.createDatabase();
    const takenOver = vi.fn();
    const old = await openStore(url, takenOver);
    try {
      await old.store.append('r1', [created('r1', 'FENCED')]);
      // Another node takes over: its lease raises the token. (Here by hand, as the lease's own
      // connection still stands; a real takeover first waits for that connection to go.)
      await query(url, 'UPDATE writer_epoch SET epoch = epoch + 1');
      await expect(old.store.append('r1', [joined(2, 'p1')])).rejects.toBeInstanceOf(FencedOut);
      // Nor may it delete a room under the new writer's feet; and it is told to stop at once.
      await expect(old.store.deleteRoom('r1')).rejects.toBeInstanceOf(FencedOut);
      expect(takenOver).toHaveBeenCalledTimes(1);
      expect(
        (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM events')).at(0)?.n,
      ).toBe(1);

      // Its lease's connection is cut: it stops at once, and finds the token gone on retaking.
      await query(
        url,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'samenspel-lease'",
      );
      await vi.waitFor(() => expect(old.lease.problem).not.toBeNull(), { timeout: 5_000 });
      await expect(old.store.append('r1', [joined(2, 'p1')])).rejects.toBeInstanceOf(FencedOut);
      expect(await old.store.writeProblem()).not.toBeNull();
      await vi.waitFor(() => expect(takenOver).toHaveBeenCalled(), { timeout: 10_000 });
    } finally {
      await old.close();
    }
  });

  it('a PostgreSQL restart mid-session loses nothing acknowledged, refuses meanwhile, and goes on', async () => {
    const url = await server.createDatabase();
    const takenOver = vi.fn();
    const node = await openStore(url, takenOver);
    try {
      await node.store.append('r1', [created('r1', 'RESTRT'), joined(2, 'p1')]);
      await server.stopNow();
      await expect(node.store.append('r1', [joined(3, 'p2')])).rejects.toThrow();
      expect(await node.store.writeProblem()).not.toBeNull();
      await server.start();
      // The lease is taken again with the same token (nobody wrote meanwhile): the node goes on.
      await vi.waitFor(async () => expect(await node.store.writeProblem()).toBeNull(), {
        timeout: 15_000,
        interval: 200,
      });
      await node.store.append('r1', [joined(3, 'p2')]);
      expect((await node.store.read('r1')).map((event) => event.seq)).toEqual([1, 2, 3]);
      expect(takenOver).not.toHaveBeenCalled();
    } finally {
      await node.close();
    }
  }, 40_000);

  it(
    'a writer cut off for long stops, and a standby that waited through the outage takes over',
    async () => {
      const url = await server.createDatabase();
      const takenOver = vi.fn();
      const writer = await openStore(url, takenOver);
      const standingBy = vi.fn();
      const standby = WriterLease.acquire(url, () => undefined, standingBy);
      try {
        await writer.store.append('r1', [created('r1', 'CUTOFF')]);
        await vi.waitFor(() => expect(standingBy).toHaveBeenCalled(), { timeout: 5_000 });
        await server.stopNow();
        await vi.waitFor(() => expect(takenOver).toHaveBeenCalled(), {
          timeout: CUT_OFF_STOP_MS + 5_000,
          interval: 200,
        });
        await server.start();
        const lease = await standby;
        expect(lease.problem).toBeNull();
        // The old writer never writes again, even now the database is back.
        await expect(writer.store.append('r1', [joined(2, 'p1')])).rejects.toBeInstanceOf(
          FencedOut,
        );
        expect(
          (await query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM events')).at(0)?.n,
        ).toBe(1);
        await lease.release();
      } finally {
        await writer.close();
      }
    },
    CUT_OFF_STOP_MS + 30_000,
  );
});
