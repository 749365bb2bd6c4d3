import { afterAll, afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import type { RoomEvent } from '@samenspel/shared';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import { tempDataDir } from './support/server.js';
import { created, joined, byFacilitator } from './support/stores.js';

// What every store promises is checked against SQLite and PostgreSQL alike in
// store-contract.test.ts; here what only the SQLite file does: its migrations and its writer.
describe('SQLite event store', () => {
  const temp = tempDataDir();
  let store: SqliteEventStore;
  afterEach(async () => {
    await store.close();
  });
  afterAll(() => temp.remove());

  it("keeps each room's link generation, also in a data directory from before it existed", async () => {
    const old = tempDataDir();
    try {
      // The rooms table as it was before link generations: no such column.
      const db = new Database(path.join(old.dir, 'samenspel.sqlite'));
      db.exec(`CREATE TABLE rooms (room_id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE,
        scenario_id TEXT NOT NULL, title TEXT NOT NULL, group_name TEXT,
        created_at INTEGER NOT NULL, ended_at INTEGER, last_seq INTEGER NOT NULL,
        last_at INTEGER NOT NULL, participant_count INTEGER NOT NULL DEFAULT 0);
        INSERT INTO rooms VALUES ('old', 'OLDOLD', 'mini', 'Mini', NULL, 1000, NULL, 1, 1000, 0);`);
      db.close();
      store = new SqliteEventStore(old.dir, 'full');
      expect(await store.findRoom('old')).toMatchObject({ linkGeneration: 0 });
      await store.append('r2', [created('r2', 'GHJKMN')]);
      await store.append('r2', [
        { seq: 2, at: 2000, actor: { kind: 'facilitator' }, type: 'links_renewed', generation: 1 },
        joined(3, 'p1'),
      ]);
      expect(await store.findRoom('r2')).toMatchObject({ linkGeneration: 1, lastSeq: 3 });
      await store.close();
      store = new SqliteEventStore(old.dir, 'full');
      expect(await store.findRoom('r2')).toMatchObject({ linkGeneration: 1 });
    } finally {
      await store.close();
      old.remove();
    }
  });

  it('when an error takes the whole group commit down, reports every append of it as not written', async () => {
    store = new SqliteEventStore(temp.dir, 'full');
    await Promise.all([
      store.append('h1', [created('h1', 'HRD001')]),
      store.append('h2', [created('h2', 'HRD002')]),
    ]);
    // Some failures (a full disk, an I/O error) roll back the whole transaction, not only the
    // failing room's part; a trigger that raises ROLLBACK does exactly that, on demand.
    const other = new Database(path.join(temp.dir, 'samenspel.sqlite'));
    other.exec(`CREATE TRIGGER give_up BEFORE INSERT ON events WHEN NEW.room_id = 'h1'
      BEGIN SELECT RAISE(ROLLBACK, 'the disk gave up'); END`);
    const results = await Promise.allSettled([
      store.append('h1', [joined(2, 'p1')]),
      store.append('h2', [joined(2, 'p1')]),
    ]);
    other.exec('DROP TRIGGER give_up');
    other.close();

    // Whatever the store answered is what the log holds: nothing written was called lost.
    for (const [i, id] of ['h1', 'h2'].entries()) {
      const written = (await store.read(id)).length === 2;
      expect(results[i]!.status, id).toBe(written ? 'fulfilled' : 'rejected');
    }
    expect(results[0]!.status).toBe('rejected');
    // And the store goes on: the next append lands.
    await store.append('h2', [joined((await store.read('h2')).length + 1, 'p2')]);
    for (const id of ['h1', 'h2']) await store.deleteRoom(id);
  });

  it('keeps when a session started, also for a data directory from before it did', async () => {
    const dir = tempDataDir();
    try {
      store = new SqliteEventStore(dir.dir, 'full');
      const started: RoomEvent = {
        seq: 2,
        at: 61_000,
        actor: { kind: 'facilitator' },
        type: 'session_started',
      };
      await store.append('r9', [created('r9', 'STRTED'), started]);
      expect(await store.findRoom('r9')).toMatchObject({ createdAt: 1000, startedAt: 61_000 });
      await store.close();
      // An older index without the column: opening it adds the column and fills it from the log.
      const db = new Database(path.join(dir.dir, 'samenspel.sqlite'));
      db.exec('ALTER TABLE rooms DROP COLUMN started_at');
      db.close();
      store = new SqliteEventStore(dir.dir, 'full');
      expect(await store.findRoom('r9')).toMatchObject({ startedAt: 61_000 });
    } finally {
      dir.remove();
    }
  });

  it('works out the rests of a training of several days for a data directory from before it did', async () => {
    const dir = tempDataDir();
    try {
      store = new SqliteEventStore(dir.dir, 'full');
      await store.append('r8', [
        created('r8', 'RSTDGN'),
        byFacilitator(2, 2_000, { type: 'session_started' }),
        byFacilitator(3, 5_000, { type: 'meeting_closed', meeting: 1 }),
        byFacilitator(4, 905_000, { type: 'meeting_started', meeting: 2 }),
        byFacilitator(5, 909_000, { type: 'meeting_closed', meeting: 2 }),
        byFacilitator(6, 1_009_000, { type: 'session_ended' }),
      ]);
      const rested = 900_000 + 100_000;
      expect(await store.findRoom('r8')).toMatchObject({ restedMs: rested });
      await store.close();
      // An older index without the sums: opening it adds them, worked out from the log.
      const db = new Database(path.join(dir.dir, 'samenspel.sqlite'));
      db.exec('ALTER TABLE rooms DROP COLUMN rest_balance; ALTER TABLE rooms DROP COLUMN resting');
      db.close();
      store = new SqliteEventStore(dir.dir, 'full');
      expect(await store.findRoom('r8')).toMatchObject({ restedMs: rested });
    } finally {
      dir.remove();
    }
  });

  it('a commit that waits for the disk holds up only its own answers, not the server', async () => {
    const dir = tempDataDir();
    const other = new Database(path.join(dir.dir, 'samenspel.sqlite'));
    try {
      store = new SqliteEventStore(dir.dir, 'full');
      await store.append('w1', [created('w1', 'WAITED')]);
      // Another connection holds the write lock, as a slow fsync or a backup would hold the file.
      // It is let go by a timer of this thread: a commit that blocked the event loop while it
      // waited would keep that timer from ever running.
      other.exec('BEGIN IMMEDIATE');
      let releasedAt = 0;
      setTimeout(() => {
        other.exec('COMMIT');
        releasedAt = performance.now();
      }, 300);
      const appended = store.append('w1', [joined(2, 'p1')]).then(() => performance.now());
      await new Promise((resolve) => setTimeout(resolve, 100));
      // Meanwhile the log is read as it was: WAL readers do not wait for the writer.
      expect((await store.read('w1')).map((e) => e.seq)).toEqual([1]);
      const durableAt = await appended;
      expect(releasedAt).toBeGreaterThan(0);
      expect(durableAt).toBeGreaterThanOrEqual(releasedAt);
      expect((await store.read('w1')).map((e) => e.seq)).toEqual([1, 2]);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      await store.close();
      dir.remove();
    }
  });
});
