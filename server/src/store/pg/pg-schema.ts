import type pg from 'pg';
import { SELF_TEST_TABLE } from '../self-test-store.js';
import { REST_BACKFILL } from '../rest-tally.js';

/**
 * Everything Samenspel keeps in PostgreSQL: the session log and its room index, programmes and
 * methods, trainer notes and ended login sessions. The same tables as the embedded SQLite file,
 * so a data directory copies over one to one (migrate-to-postgres.ts). Times are milliseconds
 * since 1970, as in the events themselves.
 */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  room_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at BIGINT NOT NULL,
  type TEXT NOT NULL,
  -- The event as the server wrote it, kept as text: byte for byte what an export digests.
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
);
CREATE TABLE IF NOT EXISTS rooms (
  room_id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  scenario_id TEXT NOT NULL,
  title TEXT NOT NULL,
  group_name TEXT,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  ended_at BIGINT,
  last_seq INTEGER NOT NULL,
  last_at BIGINT NOT NULL,
  participant_count INTEGER NOT NULL DEFAULT 0,
  link_generation INTEGER NOT NULL DEFAULT 0,
  import_digest TEXT UNIQUE,
  -- The rests between meetings, as sums (rest-tally.ts).
  rest_balance BIGINT NOT NULL DEFAULT 0,
  resting INTEGER NOT NULL DEFAULT 0
);
-- Rooms from before the rest sums (schema version 2) get them from their own events, once.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'rooms'
                   AND column_name = 'rest_balance') THEN
    ALTER TABLE rooms ADD COLUMN rest_balance BIGINT NOT NULL DEFAULT 0;
    ALTER TABLE rooms ADD COLUMN resting INTEGER NOT NULL DEFAULT 0;
    ${REST_BACKFILL}
  END IF;
END $$;
CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at BIGINT NOT NULL);
CREATE TABLE IF NOT EXISTS imports_in_progress (room_id TEXT PRIMARY KEY, node_id TEXT);
CREATE TABLE IF NOT EXISTS export_digests (digest TEXT PRIMARY KEY, room_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS programmes (
  id TEXT PRIMARY KEY,
  latest_version INTEGER NOT NULL,
  changed_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS programme_versions (
  programme_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  saved_at BIGINT NOT NULL,
  note TEXT NOT NULL,
  scenario_json TEXT NOT NULL,
  problems_json TEXT NOT NULL,
  problem_count INTEGER NOT NULL,
  PRIMARY KEY (programme_id, version)
);
CREATE TABLE IF NOT EXISTS methods (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  block_json TEXT NOT NULL,
  saved_at BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS notes (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL,
  at_seq INTEGER NOT NULL,
  text TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_room ON notes (room_id, at_seq);
-- The signing key (and a generated passphrase), shared by every node so that a token one node
-- signed opens the room on another.
CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Which node runs each room (pg-room-leases.ts): renewed every second by its node, taken up by
-- another once it runs out. Taking a room raises its epoch, the fencing token every append of
-- the room checks under a share lock. adopt: whether a node should take the room up unasked.
CREATE TABLE IF NOT EXISTS room_leases (
  room_id TEXT PRIMARY KEY,
  node_id TEXT NOT NULL,
  epoch BIGINT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL,
  adopt BOOLEAN NOT NULL
);
CREATE INDEX IF NOT EXISTS room_leases_by_node ON room_leases (node_id);
-- The nodes that are up, renewed with their leases: an import whose node is gone is dropped.
-- passphrase_digest: the node's passphrase as an HMAC under the signing key, as the nodes must
-- agree on it.
CREATE TABLE IF NOT EXISTS nodes (
  node_id TEXT PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL,
  passphrase_digest TEXT
);
-- For databases made before these columns were (schema version 1).
ALTER TABLE imports_in_progress ADD COLUMN IF NOT EXISTS node_id TEXT;
ALTER TABLE nodes ADD COLUMN IF NOT EXISTS passphrase_digest TEXT;
CREATE TABLE IF NOT EXISTS logged_out_sessions (
  token_id TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
${SELF_TEST_TABLE}
CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
`;

/**
 * Raise it with every change to SCHEMA (SELF_TEST_TABLE and REST_BACKFILL included). A node runs
 * SCHEMA only when the database is at an older version: even an ALTER or CREATE INDEX that
 * changes nothing takes its table's lock, and waits for the transactions of the running nodes.
 */
export const SCHEMA_VERSION = 3;

/** Any number, the same on every node: nodes starting together change the schema one at a time. */
const SCHEMA_LOCK = 7_311_202_601;

/**
 * How long one statement waits for its table's lock before it gives up and tries again. While
 * an ALTER waits for its lock, every other request for that table queues behind it (the running
 * nodes' lease renewals among them), so it must not wait long.
 */
const LOCK_WAIT = '500ms';
const ATTEMPTS = 40;
const LOCK_FAILURES = new Set(['40P01' /* deadlock_detected */, '55P03' /* lock_not_available */]);

/**
 * Creates what is missing; safe to run on every start-up of every node, also while other nodes
 * run rooms: on a database that is up to date it only reads the version. Each statement is its
 * own transaction, so the change never holds one table's lock while it waits for another's:
 * it cannot be part of a deadlock with a running node's commit (each statement is idempotent,
 * so one cut short is simply run again).
 */
export async function ensureSchema(pool: pg.Pool): Promise<void> {
  if ((await storedVersion(pool)) >= SCHEMA_VERSION) return;
  const out = await checkOut(pool);
  const { client } = out;
  try {
    // Held by this connection's session until it is destroyed below.
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    // Another node may have brought it up to date while this one waited for the lock.
    if ((await storedVersion(client)) >= SCHEMA_VERSION) return;
    await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
    for (const statement of schemaStatements(SCHEMA)) {
      await givingWay(() => client.query(statement));
    }
    await client.query(
      `INSERT INTO schema_version (id, version) VALUES (1, $1)
       ON CONFLICT (id) DO UPDATE SET version = GREATEST(schema_version.version, $1)`,
      [SCHEMA_VERSION],
    );
  } finally {
    // Its session lock and setting go with it.
    out.release(true);
  }
}

/** Runs `statement` again while it could not get its lock in time. */
async function givingWay(statement: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await statement();
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= ATTEMPTS || typeof code !== 'string' || !LOCK_FAILURES.has(code)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 400));
    }
  }
}

/** SCHEMA as single statements: a DO block is one, whatever it holds. */
export function schemaStatements(schema: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBlock = false;
  for (const line of schema.split('\n')) {
    if (line.trim() === '' && current.length === 0) continue;
    current.push(line);
    if (line.startsWith('DO $$')) inBlock = true;
    const ends = inBlock ? line.trimEnd().endsWith('$$;') : line.trimEnd().endsWith(';');
    if (ends && !line.trimStart().startsWith('--')) {
      statements.push(current.join('\n'));
      current = [];
      inBlock = false;
    }
  }
  if (current.some((line) => line.trim() !== '' && !line.trimStart().startsWith('--'))) {
    throw new Error(`SCHEMA ends in an unfinished statement: ${current.join('\n')}`);
  }
  return statements;
}

/** The schema version the database is at; 0 before there was a version table. */
async function storedVersion(db: pg.Pool | pg.PoolClient): Promise<number> {
  // In this node's own schema: a schema_version of another tool further along the search_path
  // is not ours.
  const table = await db.query<{ present: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM information_schema.tables
       WHERE table_schema = current_schema() AND table_name = 'schema_version') AS present`,
  );
  if (!table.rows[0]?.present) return 0;
  const row = await db.query<{ version: number }>(
    'SELECT version FROM schema_version WHERE id = 1',
  );
  return row.rows[0]?.version ?? 0;
}

/**
 * A connection taken from the pool, with a listener for its `error` event while it is out:
 * node-postgres listens only on idle ones, and a connection that dies while checked out (the
 * database restarted between two statements) would otherwise take the process down. `broken`
 * says it did; release it with `release(broken())`, so that it is not handed out again.
 */
export async function checkOut(
  pool: pg.Pool,
): Promise<{ client: pg.PoolClient; broken(): boolean; release(destroy: boolean): void }> {
  const client = await pool.connect();
  let died = false;
  const onError = () => {
    died = true;
  };
  client.on('error', onError);
  return {
    client,
    broken: () => died,
    release(destroy) {
      client.off('error', onError);
      client.release(destroy || died);
    },
  };
}

/** Runs `work` in one transaction on one connection of the pool. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const out = await checkOut(pool);
  const client = out.client;
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      // The connection itself failed: it must not go back into the pool.
      broken = true;
    }
    throw error;
  } finally {
    out.release(broken);
  }
}
