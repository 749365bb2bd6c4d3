import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { RoomEvent } from '@samenspel/shared';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { SqliteSync } from '../config.js';
import { createDataDir, createOwnerOnly } from './data-dir.js';
import type { ImportedLog, StoredEventRow } from '../rooms/import-check.js';
import { DuplicateImport, type EventStore, type StoredRoom } from './event-store.js';
import { roomColumns, toRoomAppend } from './sqlite-writer-protocol.js';
import { REST_BACKFILL } from './rest-tally.js';
import { SqliteWriter } from './sqlite-writer-client.js';
import { toStoredRoom, type RoomRow } from './rows.js';

// Events sit in rowid order, which is the order they were written in, beside a small index by
// room. Clustered by room instead (WITHOUT ROWID), every room with a vote in a group commit
// dirtied a page of its own to write to the WAL: with 200 rooms voting, a commit cost 2-3 times
// as much (78 against 38 µs per vote at one vote per room per commit, on the 2-core CI machine).
const SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  room_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  at INTEGER NOT NULL,
  type TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (room_id, seq)
);
CREATE TABLE IF NOT EXISTS rooms (
  room_id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  scenario_id TEXT NOT NULL,
  title TEXT NOT NULL,
  group_name TEXT,
  created_at INTEGER NOT NULL,
  started_at INTEGER,
  ended_at INTEGER,
  last_seq INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  participant_count INTEGER NOT NULL DEFAULT 0,
  link_generation INTEGER NOT NULL DEFAULT 0,
  -- The rests between meetings, as sums (rest-tally.ts).
  rest_balance INTEGER NOT NULL DEFAULT 0,
  resting INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS write_probe (id INTEGER PRIMARY KEY CHECK (id = 1), at INTEGER NOT NULL);
-- Rooms whose imported events are being written: left over after a crash, their events go.
CREATE TABLE IF NOT EXISTS imports_in_progress (room_id TEXT PRIMARY KEY);
-- The content digests of files exported from a room: importing one back finds the room.
CREATE TABLE IF NOT EXISTS export_digests (digest TEXT PRIMARY KEY, room_id TEXT NOT NULL);
`;

/** Events written per transaction of an import: a few milliseconds each, live rooms in between. */
const IMPORT_SLICE = 500;

/**
 * The embedded default store: one SQLite file in WAL mode in the data directory. Live appends
 * are committed by a writer thread (sqlite-writer.ts); reads, and the rare writes of imports,
 * deletions and export digests, run on this connection, which waits (SQLite's busy timeout)
 * while the writer holds the write lock for one group commit.
 */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly statements;
  private readonly writer: SqliteWriter;
  /** Why the schema could not be brought up to date, when the file is read-only. */
  private readonly openedReadOnly: string | null = null;
  private readonly insertRows: Database.Transaction<
    (roomId: string, rows: readonly StoredEventRow[]) => void
  >;

  constructor(dataDir: string, sync: SqliteSync = 'full') {
    createDataDir(dataDir);
    const file = path.join(dataDir, 'samenspel.sqlite');
    if (!existsSync(file)) createOwnerOnly(file);
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('foreign_keys = ON');
    try {
      this.db.exec(SCHEMA);
      addMissingColumns(this.db);
      addStartedAt(this.db);
      addRests(this.db);
      migrate(this.db);
    } catch (error) {
      // A read-only log can still be listed and replayed; writeProblem() tells everyone else.
      if (!isReadOnly(error) || !this.hasTable('events')) throw error;
      this.openedReadOnly = (error as Error).message;
    }
    this.statements = {
      insertEvent: this.db.prepare(
        'INSERT INTO events (room_id, seq, at, type, body) VALUES (?, ?, ?, ?, ?)',
      ),
      read: this.db
        .prepare('SELECT body FROM events WHERE room_id = ? AND seq > ? ORDER BY seq')
        .pluck(),
      listRooms: this.db.prepare('SELECT * FROM rooms ORDER BY created_at DESC'),
      findRoom: this.db.prepare('SELECT * FROM rooms WHERE room_id = ?'),
      findByCode: this.db.prepare('SELECT * FROM rooms WHERE code = ?'),
      deleteEvents: this.db.prepare('DELETE FROM events WHERE room_id = ?'),
      deleteRoom: this.db.prepare('DELETE FROM rooms WHERE room_id = ?'),
      findByDigest: this.db.prepare(
        `SELECT * FROM rooms WHERE import_digest = @digest OR room_id =
           (SELECT room_id FROM export_digests WHERE digest = @digest) LIMIT 1`,
      ),
      rememberExport: this.db.prepare(
        'INSERT OR IGNORE INTO export_digests (digest, room_id) VALUES (?, ?)',
      ),
      deleteExports: this.db.prepare('DELETE FROM export_digests WHERE room_id = ?'),
      startImport: this.db.prepare('INSERT INTO imports_in_progress (room_id) VALUES (?)'),
      endImport: this.db.prepare('DELETE FROM imports_in_progress WHERE room_id = ?'),
      insertImportedRoom: this.db.prepare(
        `INSERT INTO rooms (room_id, code, scenario_id, title, group_name, created_at, started_at,
           ended_at, last_seq, last_at, participant_count, link_generation, import_digest,
           rest_balance, resting)
         VALUES (@roomId, @code, @scenarioId, @title, @groupName, @createdAt, @startedAt,
           @endedAt, @lastSeq, @lastAt, @participantCount, @linkGeneration, @digest,
           @restBalance, @resting)`,
      ),
    };
    this.insertRows = this.db.transaction((roomId: string, rows: readonly StoredEventRow[]) => {
      for (const row of rows) {
        this.statements.insertEvent.run(roomId, row.seq, row.at, row.type, row.body);
      }
    });
    this.dropUnfinishedImports();
    this.writer = new SqliteWriter({ file, sync });
  }

  /**
   * Group commit (sqlite-writer-client.ts): appends made while the writer thread commits share
   * its next transaction and so one fsync. Each room's part runs in a savepoint of its own, so
   * one room's seq conflict fails only that room's append. Resolves once the whole group is
   * durable.
   */
  append(roomId: string, events: readonly RoomEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return this.writer.append(toRoomAppend(roomId, events));
  }

  async read(roomId: string, afterSeq = 0): Promise<RoomEvent[]> {
    const bodies = this.statements.read.all(roomId, afterSeq) as string[];
    // Our own writes, validated when they were made: parsing again would only cost time.
    return bodies.map((body) => JSON.parse(body) as RoomEvent);
  }

  async listRooms(): Promise<StoredRoom[]> {
    return (this.statements.listRooms.all() as RoomRow[]).map(toStoredRoom);
  }

  async findRoom(roomId: string): Promise<StoredRoom | null> {
    const row = this.statements.findRoom.get(roomId) as RoomRow | undefined;
    return row ? toStoredRoom(row) : null;
  }

  async findRoomByCode(code: string): Promise<StoredRoom | null> {
    const row = this.statements.findByCode.get(code) as RoomRow | undefined;
    return row ? toStoredRoom(row) : null;
  }

  async findRoomByDigest(digest: string): Promise<StoredRoom | null> {
    const row = this.statements.findByDigest.get({ digest }) as RoomRow | undefined;
    return row ? toStoredRoom(row) : null;
  }

  async rememberExport(roomId: string, digest: string): Promise<void> {
    this.statements.rememberExport.run(digest, roomId);
  }

  async importRoom(roomId: string, log: ImportedLog): Promise<void> {
    const { first } = log;
    if (await this.findRoomByDigest(log.digest)) throw new DuplicateImport(log.digest);
    this.db
      .transaction(() => {
        this.statements.startImport.run(roomId);
        this.statements.insertEvent.run(
          roomId,
          first.seq,
          first.at,
          first.type,
          JSON.stringify(first),
        );
      })
      .immediate();
    try {
      for await (const rows of log.slices) {
        for (let i = 0; i < rows.length; i += IMPORT_SLICE) {
          // Each slice commits on its own turn of the event loop: votes in live rooms go between.
          await nextTurn();
          this.insertRows.immediate(roomId, rows.slice(i, i + IMPORT_SLICE));
        }
      }
      this.db
        .transaction(() => {
          this.statements.insertImportedRoom.run({
            ...roomColumns(roomId, first),
            startedAt: log.startedAt,
            endedAt: log.endedAt,
            linkGeneration: log.linkGeneration,
            lastSeq: log.lastSeq,
            lastAt: log.lastAt,
            participantCount: log.participantCount,
            digest: log.digest,
            restBalance: log.rests.balanceMs,
            resting: log.rests.resting,
          });
          this.statements.endImport.run(roomId);
        })
        .immediate();
    } catch (error) {
      this.dropImport(roomId);
      // Two uploads of one file at once: the second finds the first's digest taken.
      if (error instanceof Database.SqliteError && error.code === 'SQLITE_CONSTRAINT_UNIQUE') {
        if (await this.findRoomByDigest(log.digest)) throw new DuplicateImport(log.digest);
      }
      throw error;
    }
  }

  async deleteRoom(roomId: string): Promise<void> {
    this.db
      .transaction(() => {
        this.statements.deleteEvents.run(roomId);
        this.statements.deleteExports.run(roomId);
        this.statements.deleteRoom.run(roomId);
      })
      .immediate();
  }

  /**
   * Writes a row and commits (with the fsync of the sync policy), the way an append does: a
   * read-only file or mount, a full disk or a broken one fails here as an append would.
   */
  async writeProblem(): Promise<string | null> {
    if (this.openedReadOnly !== null) return this.openedReadOnly;
    return this.writer.probe();
  }

  private hasTable(name: string): boolean {
    return (
      this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !==
      undefined
    );
  }

  async close(): Promise<void> {
    await this.writer.close();
    if (this.db.open) this.db.close();
  }

  private dropImport(roomId: string): void {
    this.db
      .transaction(() => {
        this.statements.deleteEvents.run(roomId);
        this.statements.endImport.run(roomId);
      })
      .immediate();
  }

  /** An import cut short by a crash left events of a room that never appeared: they go. */
  private dropUnfinishedImports(): void {
    const rooms = this.db.prepare('SELECT room_id FROM imports_in_progress').pluck().all();
    for (const roomId of rooms as string[]) this.dropImport(roomId);
  }
}

/** An SQLite error that says the file or its directory cannot be written. */
export function isReadOnly(error: unknown): boolean {
  return String((error as { code?: unknown }).code ?? '').startsWith('SQLITE_READONLY');
}

/** A data directory from before a column was added gets it, with its default, on start-up. */
function addMissingColumns(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('rooms')").pluck().all();
  if (!columns.includes('link_generation')) {
    db.exec('ALTER TABLE rooms ADD COLUMN link_generation INTEGER NOT NULL DEFAULT 0');
  }
}

/**
 * A data directory from before the index knew when a session started gets the column, filled
 * in from each room's own `session_started`, so its sessions keep their length in the library.
 */
function addStartedAt(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(rooms)').all() as Array<{ name: string }>;
  if (columns.some((column) => column.name === 'started_at')) return;
  db.exec(`
    ALTER TABLE rooms ADD COLUMN started_at INTEGER;
    UPDATE rooms SET started_at = (
      SELECT MIN(at) FROM events
      WHERE events.room_id = rooms.room_id AND events.type = 'session_started'
    );
  `);
}

/**
 * A data directory from before the index knew a training's rests gets their sums, worked out
 * from each room's own meeting events, so its multi-day sessions keep their true length.
 */
function addRests(db: Database.Database): void {
  const columns = db.prepare("SELECT name FROM pragma_table_info('rooms')").pluck().all();
  if (columns.includes('rest_balance')) return;
  db.transaction(() => {
    db.exec(`
      ALTER TABLE rooms ADD COLUMN rest_balance INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE rooms ADD COLUMN resting INTEGER NOT NULL DEFAULT 0;
      ${REST_BACKFILL}
    `);
  })();
}

/** Brings a data directory from before import digests up to date. */
function migrate(db: Database.Database): void {
  const columns = db.prepare('PRAGMA table_info(rooms)').all() as Array<{ name: string }>;
  if (!columns.some((column) => column.name === 'import_digest')) {
    db.exec('ALTER TABLE rooms ADD COLUMN import_digest TEXT');
  }
  // Imported rooms only; SQLite lets any number of rooms have none.
  db.exec('CREATE UNIQUE INDEX IF NOT EXISTS rooms_import_digest ON rooms (import_digest)');
}
