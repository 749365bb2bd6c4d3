import Database from 'better-sqlite3';
import { REST_BACKFILL } from '../rest-tally.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { lockDataDir } from '../data-lock.js';
import { inTransaction } from './pg-schema.js';

/** Events copied per statement. */
const SLICE = 1000;

/** What a migration copied, and what its check found, room by room. */
export interface MigrationReport {
  rooms: Array<{ roomId: string; code: string; events: number; digest: string; same: boolean }>;
  programmes: number;
  programmeVersions: number;
  methods: number;
  notes: number;
  logouts: number;
  /** Self-test results waiting to be carried into a room (or carried recently). */
  selfTests: number;
  /** True when every room's events in PostgreSQL are those in the SQLite file, byte for byte. */
  verified: boolean;
}

export class MigrationRefused extends Error {
  override name = 'MigrationRefused';
}

/** Tables copied as they are, in an order that keeps every reference satisfied. */
const PLAIN_TABLES = [
  'programmes',
  'programme_versions',
  'methods',
  'notes',
  'logged_out_sessions',
  'export_digests',
  'self_test_results',
] as const;

/**
 * Copies a data directory's SQLite file into an empty PostgreSQL database (its schema already
 * made) and checks the copy: per room, the number of events and a SHA-256 over their bodies in
 * seq order, read back from both. The signing key and a generated passphrase come along, so
 * every link, key and login made before still works. The data directory is locked meanwhile:
 * no server may write it during the copy.
 */
export async function migrateToPostgres(
  dataDir: string,
  pool: pg.Pool,
  progress: (line: string) => void = () => undefined,
): Promise<MigrationReport> {
  const file = path.join(dataDir, 'samenspel.sqlite');
  if (!existsSync(file)) throw new MigrationRefused(`there is no session log in ${dataDir}`);
  const lock = lockDataDir(dataDir);
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const existing = await pool.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM rooms) + (SELECT count(*) FROM events)
         + (SELECT count(*) FROM programmes) + (SELECT count(*) FROM methods)
         + (SELECT count(*) FROM notes) + (SELECT count(*) FROM export_digests) AS n`,
    );
    if (Number(existing.rows[0]!.n) > 0) {
      throw new MigrationRefused(
        'the PostgreSQL database already holds rooms, programmes, methods or notes: migrate into an empty one',
      );
    }
    await copySecrets(dataDir, pool);
    const counts = await copyPlainTables(db, pool);
    const rooms = db.prepare('SELECT * FROM rooms ORDER BY created_at').all() as Array<
      Record<string, unknown> & { room_id: string; code: string }
    >;
    const report: MigrationReport = { rooms: [], ...counts, verified: true };
    for (const room of rooms) {
      const copied = await copyRoom(db, pool, room);
      const source = digestOf(
        db
          .prepare('SELECT body FROM events WHERE room_id = ? ORDER BY seq')
          .pluck()
          .all(room.room_id) as string[],
      );
      const target = await pool.query<{ body: string }>(
        'SELECT body FROM events WHERE room_id = $1 ORDER BY seq',
        [room.room_id],
      );
      const copy = digestOf(target.rows.map((row) => row.body));
      const same =
        source.digest === copy.digest && source.count === copy.count && copied === source.count;
      report.verified &&= same;
      report.rooms.push({
        roomId: room.room_id,
        code: room.code,
        events: copy.count,
        digest: copy.digest,
        same,
      });
      progress(
        `${same ? 'ok  ' : 'DIFF'} ${room.code}  ${String(copy.count).padStart(6)} events  sha256 ${copy.digest.slice(0, 16)}…`,
      );
    }
    // A data directory no newer version has opened has no rest sums: work them out from the
    // copied events, as a store does for its own older data.
    await pool.query(REST_BACKFILL);
    return report;
  } finally {
    db.close();
    lock.release();
  }
}

function digestOf(bodies: readonly string[]): { count: number; digest: string } {
  const hash = createHash('sha256');
  for (const body of bodies) hash.update(body).update('\n');
  return { count: bodies.length, digest: hash.digest('hex') };
}

async function copySecrets(dataDir: string, pool: pg.Pool): Promise<void> {
  const secrets: Array<[string, string]> = [];
  const key = path.join(dataDir, 'signing.key');
  if (existsSync(key)) secrets.push(['signing_key', readFileSync(key, 'utf8').trim()]);
  const passphrase = path.join(dataDir, 'passphrase.txt');
  if (existsSync(passphrase)) secrets.push(['passphrase', readFileSync(passphrase, 'utf8').trim()]);
  for (const [name, value] of secrets) {
    // A database without rooms may already have secrets from a node that started on it: the
    // data directory's win, as its links and keys are the ones in use.
    await pool.query(
      `INSERT INTO secrets (name, value) VALUES ($1, $2)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value`,
      [name, value],
    );
  }
}

function hasTable(db: Database.Database, name: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
    undefined
  );
}

async function copyPlainTables(
  db: Database.Database,
  pool: pg.Pool,
): Promise<Omit<MigrationReport, 'rooms' | 'verified'>> {
  const counts: Record<(typeof PLAIN_TABLES)[number], number> = {
    programmes: 0,
    programme_versions: 0,
    methods: 0,
    notes: 0,
    logged_out_sessions: 0,
    export_digests: 0,
    self_test_results: 0,
  };
  await inTransaction(pool, async (client) => {
    for (const table of PLAIN_TABLES) {
      if (!hasTable(db, table)) continue;
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Array<Record<string, unknown>>;
      for (const row of rows) await insertRow(client, table, row);
      counts[table] = rows.length;
    }
  });
  return {
    programmes: counts.programmes,
    programmeVersions: counts.programme_versions,
    methods: counts.methods,
    notes: counts.notes,
    logouts: counts.logged_out_sessions,
    selfTests: counts.self_test_results,
  };
}

async function insertRow(
  client: pg.PoolClient,
  table: string,
  row: Record<string, unknown>,
): Promise<void> {
  const columns = Object.keys(row);
  const placeholders = columns.map((_, i) => `$${i + 1}`).join(', ');
  await client.query(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders})`,
    columns.map((column) => row[column]),
  );
}

/** One room in one transaction: its index row and its events. Returns the events copied. */
async function copyRoom(
  db: Database.Database,
  pool: pg.Pool,
  room: Record<string, unknown> & { room_id: string },
): Promise<number> {
  const select = db.prepare(
    'SELECT seq, at, type, body FROM events WHERE room_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  return inTransaction(pool, async (client) => {
    await insertRow(client, 'rooms', room);
    let after = 0;
    let copied = 0;
    for (;;) {
      const rows = select.all(room.room_id, after, SLICE) as Array<{
        seq: number;
        at: number;
        type: string;
        body: string;
      }>;
      if (rows.length === 0) break;
      await client.query(
        `INSERT INTO events (room_id, seq, at, type, body)
         SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[])`,
        [
          room.room_id,
          rows.map((row) => row.seq),
          rows.map((row) => row.at),
          rows.map((row) => row.type),
          rows.map((row) => row.body),
        ],
      );
      copied += rows.length;
      after = rows[rows.length - 1]!.seq;
    }
    return copied;
  });
}
