import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPgPool } from '../src/store/pg/pg-connect.js';
import { ensureSchema } from '../src/store/pg/pg-schema.js';
import { migrateToPostgres, MigrationRefused } from '../src/store/pg/migrate-to-postgres.js';
import { SqliteNotesStore } from '../src/store/notes-store.js';
import { SqliteProgrammeStore } from '../src/store/sqlite-programme-store.js';
import { createRoom, login, readLog } from './support/http.js';
import {
  connectFacilitator,
  joinAsParticipant,
  participantAuth,
  TestClient,
} from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import Database from 'better-sqlite3';
import path from 'node:path';
import { SqliteEventStore } from '../src/store/sqlite-store.js';
import { created, byFacilitator } from './support/stores.js';

/**
 * A trainer who outgrows one laptop copies the data directory into PostgreSQL: every room, its
 * log, programmes and notes come along, every link made before still opens its room, and the
 * copy is checked room by room.
 */
describe('migrating a data directory to PostgreSQL', () => {
  let database: ThrowawayPostgres;
  const source = tempDataDir();
  beforeAll(async () => {
    database = await startPostgres();
  }, 60_000);
  afterAll(async () => {
    source.remove();
    await database.remove();
  });

  it('copies and verifies everything, keeps every link working, and will not copy twice', async () => {
    // A day on the embedded store: a room with a phone that joined.
    const before = await startServer({ dataDir: source.dir });
    const token = await login(before.url);
    const room = await createRoom(before.url, token);
    const phone = await joinAsParticipant(before.url, room.code, 'Sanne');
    phone.client.close();
    // Its leaving is logged too (created, joined, left): the copy must have all three.
    const logBefore = await vi.waitFor(async () => {
      const log = await readLog(before.url, token, room.roomId);
      expect(log.events.map((event) => event.type)).toHaveLength(3);
      return log;
    });
    await before.stop();
    const programmes = new SqliteProgrammeStore(source.dir);
    await programmes.create('prog-1', {
      scenario: { title: 'Op maat' },
      problems: [],
      note: '',
      savedAt: 5,
    });
    await programmes.close();
    const notes = new SqliteNotesStore(source.dir);
    await notes.add({
      id: 'n1',
      roomId: room.roomId,
      atSeq: 2,
      text: 'Sanne stelt goede vragen',
      createdAt: 6,
    });
    await notes.close();

    const url = await database.createDatabase();
    const pool = createPgPool(url);
    try {
      await ensureSchema(pool);
      const lines: string[] = [];
      const report = await migrateToPostgres(source.dir, pool, (line) => lines.push(line));
      expect(report.verified).toBe(true);
      expect(report.rooms).toEqual([
        expect.objectContaining({
          roomId: room.roomId,
          events: logBefore.events.length,
          same: true,
        }),
      ]);
      expect(report).toMatchObject({ programmes: 1, programmeVersions: 1, notes: 1 });
      expect(lines[0]).toMatch(new RegExp(`^ok +${room.code}`));
      // Into a database that holds rooms already: refused, nothing written twice.
      await expect(migrateToPostgres(source.dir, pool)).rejects.toBeInstanceOf(MigrationRefused);
    } finally {
      await pool.end();
    }

    // The server on PostgreSQL, with an empty data directory of its own.
    const after = await startServer({ config: { databaseUrl: url } });
    const clients: TestClient[] = [];
    try {
      const token2 = await login(after.url);
      expect(await readLog(after.url, token2, room.roomId)).toEqual(logBefore);
      // The room's key and the phone's token were signed before the copy: they still open it.
      const console_ = await connectFacilitator(after.url, room.roomId, room.facilitatorKey);
      clients.push(console_);
      const view = await console_.waitFor((v) => v.role === 'facilitator');
      expect(view.role === 'facilitator' && view.participants.map((p) => p.name)).toEqual([
        'Sanne',
      ]);
      const back = await TestClient.connect(after.url, participantAuth(room.code, phone.token));
      clients.push(back);
      await back.waitFor((v) => v.role === 'participant');
    } finally {
      for (const client of clients) client.close();
      await after.stop();
    }
  });

  it('works out the rests of a multi-day training from a data directory older than the sums', async () => {
    const old = tempDataDir();
    const store = new SqliteEventStore(old.dir, 'full');
    await store.append('r8', [
      created('r8', 'RSTDGN'),
      byFacilitator(2, 2_000, { type: 'session_started' }),
      byFacilitator(3, 5_000, { type: 'meeting_closed', meeting: 1 }),
      byFacilitator(4, 905_000, { type: 'meeting_started', meeting: 2 }),
      byFacilitator(5, 909_000, { type: 'session_ended' }),
    ]);
    await store.close();
    const db = new Database(path.join(old.dir, 'samenspel.sqlite'));
    db.exec('ALTER TABLE rooms DROP COLUMN rest_balance; ALTER TABLE rooms DROP COLUMN resting');
    db.close();
    const pool = createPgPool(await database.createDatabase());
    try {
      await ensureSchema(pool);
      expect((await migrateToPostgres(old.dir, pool, () => undefined)).verified).toBe(true);
      const row = await pool.query<{ rest_balance: number; resting: number }>(
        `SELECT rest_balance, resting FROM rooms WHERE room_id = 'r8'`,
      );
      expect(row.rows[0]).toEqual({ rest_balance: 900_000, resting: 0 });
    } finally {
      await pool.end();
      old.remove();
    }
  });
});
