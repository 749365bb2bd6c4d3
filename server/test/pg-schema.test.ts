import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createPgPool } from '../src/store/pg/pg-connect.js';
import { ensureSchema, schemaStatements, SCHEMA_VERSION } from '../src/store/pg/pg-schema.js';
import { startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';

/**
 * A node starting beside nodes that are running rooms: the schema check must neither wait for
 * their transactions nor deadlock with them (seen in CI, a node restarting into a busy cluster
 * died of "deadlock detected").
 */
describe('the PostgreSQL schema on start-up', () => {
  let server: ThrowawayPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);
  afterAll(() => server.remove());

  async function connect(url: string): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  }

  /** A running node's transaction, holding row locks on the tables a commit and a renewal touch. */
  async function busyTransaction(url: string): Promise<pg.Client> {
    const client = await connect(url);
    await client.query('BEGIN');
    await client.query(`INSERT INTO nodes (node_id, expires_at) VALUES ('busy', now())`);
    await client.query(`INSERT INTO imports_in_progress (room_id, node_id) VALUES ('r', 'busy')`);
    await client.query(
      `INSERT INTO room_leases (room_id, node_id, epoch, expires_at, adopt)
       VALUES ('r', 'busy', 1, now(), true)`,
    );
    await client.query(
      `INSERT INTO notes (id, room_id, at_seq, text, created_at) VALUES ('n', 'r', 1, 'x', 1)`,
    );
    return client;
  }

  async function settlesWithin<T>(work: Promise<T>, ms: number): Promise<'done' | 'waiting'> {
    let timer: NodeJS.Timeout | undefined;
    const waiting = new Promise<'waiting'>((resolve) => {
      timer = setTimeout(() => resolve('waiting'), ms);
    });
    try {
      return await Promise.race([work.then(() => 'done' as const), waiting]);
    } finally {
      clearTimeout(timer);
    }
  }

  it('on an up-to-date database, a starting node does not wait for the running nodes', async () => {
    const url = await server.createDatabase();
    const first = createPgPool(url);
    await ensureSchema(first);
    await first.end();
    const busy = await busyTransaction(url);
    const starting = createPgPool(url);
    try {
      // Before the fix the ALTERs and CREATE INDEX waited here until `busy` ended.
      expect(await settlesWithin(ensureSchema(starting), 5_000)).toBe('done');
      // And the running node's work goes through.
      await busy.query('COMMIT');
      const rows = await busy.query<{ n: string }>('SELECT count(*) AS n FROM room_leases');
      expect(rows.rows[0]?.n).toBe('1');
    } finally {
      await busy.end();
      await starting.end();
    }
  });

  it('a database from before the version table is brought up to date, giving way to a running node', async () => {
    const url = await server.createDatabase();
    const old = await connect(url);
    // The shape of schema version 1: no version table, two columns added later.
    await old.query(`
      CREATE TABLE imports_in_progress (room_id TEXT PRIMARY KEY);
      CREATE TABLE nodes (node_id TEXT PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);
      CREATE TABLE notes (id TEXT PRIMARY KEY, room_id TEXT NOT NULL, at_seq INTEGER NOT NULL,
        text TEXT NOT NULL, created_at BIGINT NOT NULL);
      INSERT INTO nodes VALUES ('old', now());`);
    // A running node of the old version is in a transaction that has written to `nodes`...
    await old.query('BEGIN');
    await old.query(`UPDATE nodes SET expires_at = '2030-01-01Z' WHERE node_id = 'old'`);
    const starting = createPgPool(url);
    try {
      const upgraded = ensureSchema(starting);
      // ...and, while the upgrade waits for `nodes`, needs `imports_in_progress`, which the
      // upgrade has already locked: each waits for the other (the deadlock CI once met).
      await new Promise((resolve) => setTimeout(resolve, 200));
      const committed = old
        .query(`INSERT INTO imports_in_progress (room_id) VALUES ('import-1')`)
        .then(() => old.query('COMMIT'))
        .then((done) => done.command);
      // The upgrade gives way, and the running node's work goes through...
      expect(await committed).toBe('COMMIT');
      // ...and the upgrade, tried again, gets there.
      await upgraded;
      const columns = await starting.query<{ table_name: string; column_name: string }>(
        `SELECT table_name, column_name FROM information_schema.columns
         WHERE (table_name, column_name) IN (('nodes', 'passphrase_digest'),
                                             ('imports_in_progress', 'node_id'))`,
      );
      expect(columns.rows).toHaveLength(2);
      const version = await starting.query<{ version: number }>(
        'SELECT version FROM schema_version',
      );
      expect(version.rows[0]?.version).toBe(SCHEMA_VERSION);
      const kept = await starting.query(
        `SELECT 1 FROM nodes WHERE node_id = 'old' AND expires_at = '2030-01-01Z'`,
      );
      expect(kept.rowCount).toBe(1);
      expect((await starting.query('SELECT 1 FROM imports_in_progress')).rowCount).toBe(1);
    } finally {
      await old.end();
      await starting.end();
    }
  }, 30_000);

  it('while the upgrade waits for a busy table, the other nodes’ renewals of it go on', async () => {
    const url = await server.createDatabase();
    const old = await connect(url);
    await old.query(`
      CREATE TABLE nodes (node_id TEXT PRIMARY KEY, expires_at TIMESTAMPTZ NOT NULL);
      INSERT INTO nodes VALUES ('a', now()), ('b', now());`);
    // Node a's transaction keeps its row of `nodes` meanwhile, so the upgrade's ALTER waits.
    await old.query('BEGIN');
    await old.query(`UPDATE nodes SET expires_at = now() WHERE node_id = 'a'`);
    const starting = createPgPool(url);
    const other = await connect(url);
    try {
      const upgraded = ensureSchema(starting);
      await new Promise((resolve) => setTimeout(resolve, 300));
      // Node b renews meanwhile: an ALTER that waited on and on would queue it behind itself.
      const renewal = other.query(`UPDATE nodes SET expires_at = now() WHERE node_id = 'b'`);
      expect(await settlesWithin(renewal, 2_000)).toBe('done');
      await old.query('COMMIT');
      await upgraded;
    } finally {
      await old.end();
      await other.end();
      await starting.end();
    }
  }, 30_000);

  it('rooms from before the rest sums get them from their own meeting events', async () => {
    const url = await server.createDatabase();
    const pool = createPgPool(url);
    try {
      await ensureSchema(pool);
      await pool.query(`INSERT INTO rooms (room_id, code, scenario_id, title, created_at, last_seq,
        last_at, ended_at) VALUES ('r', 'RSTDGN', 'mini', 'Mini', 1000, 5, 1009000, 1009000)`);
      await pool.query(`INSERT INTO events (room_id, seq, at, type, body) VALUES
        ('r', 2, 5000, 'meeting_closed', '{}'), ('r', 3, 905000, 'meeting_started', '{}'),
        ('r', 4, 909000, 'meeting_closed', '{}'), ('r', 5, 1009000, 'session_ended', '{}')`);
      // The database as schema version 2 left it.
      await pool.query(`ALTER TABLE rooms DROP COLUMN rest_balance, DROP COLUMN resting;
        UPDATE schema_version SET version = 2`);
      await ensureSchema(pool);
      const row = await pool.query<{ rest_balance: number; resting: number }>(
        `SELECT rest_balance, resting FROM rooms WHERE room_id = 'r'`,
      );
      expect(row.rows[0]).toEqual({ rest_balance: 905_000 - 5_000 - 909_000, resting: 1 });
    } finally {
      await pool.end();
    }
  });

  it('splits the schema into single statements, a DO block being one', () => {
    const statements = schemaStatements(`
-- a table; with a comment
CREATE TABLE a (x INT);
ALTER TABLE a ADD COLUMN IF NOT EXISTS y INT;
DO $$ BEGIN
  IF true THEN
    ALTER TABLE a ADD COLUMN z INT;
    UPDATE a SET z = 1;
  END IF;
END $$;
CREATE TABLE b (
  x INT
);
`);
    expect(statements.map((statement) => statement.split('\n').at(-1))).toEqual([
      'CREATE TABLE a (x INT);',
      'ALTER TABLE a ADD COLUMN IF NOT EXISTS y INT;',
      'END $$;',
      ');',
    ]);
    expect(() => schemaStatements('CREATE TABLE c (x INT)')).toThrow(/unfinished/);
  });

  it('nodes starting together on an empty database all come up, with one schema', async () => {
    const url = await server.createDatabase();
    const pools = Array.from({ length: 4 }, () => createPgPool(url));
    try {
      await Promise.all(pools.map((pool) => ensureSchema(pool)));
      const version = await pools[0]!.query<{ n: string }>(
        'SELECT count(*) AS n FROM schema_version',
      );
      expect(Number(version.rows[0]?.n)).toBe(1);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
