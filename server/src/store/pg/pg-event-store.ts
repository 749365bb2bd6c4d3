import type pg from 'pg';
import type { RoomEvent } from '@samenspel/shared';
import type { ImportedLog } from '../../rooms/import-check.js';
import { DuplicateImport, FencedOut, type EventStore, type StoredRoom } from '../event-store.js';
import { roomColumns, toRoomAppend, type RoomAppend } from '../sqlite-writer-protocol.js';
import { inTransaction } from './pg-schema.js';
import { commitGroup, type WriteFence } from './pg-group-commit.js';
import { RoomElsewhere } from '../../rooms/room-ownership.js';
import { toStoredRoom, type RoomRow } from '../rows.js';

/** Events written per transaction of an import. */
const IMPORT_SLICE = 1000;

interface Waiting {
  append: RoomAppend;
  /** The epoch this node held the room at when the append was made (pg-group-commit.ts). */
  epoch: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/**
 * The session log in PostgreSQL. Appends made while a group is being committed form the next
 * group: one transaction of a few statements whatever the number of rooms in it
 * (pg-group-commit.ts), so a burst of votes in 200 rooms costs a handful of round trips. A
 * room's appends stay in order: a second append of a room already in the forming group waits
 * for the group after it. Nothing resolves before COMMIT has returned, and with PostgreSQL's
 * `synchronous_commit` on (its default) that means written to disk.
 */
export class PgEventStore implements EventStore {
  private pending: Waiting[] = [];
  /** The loop committing groups, while there are any. */
  private committing: Promise<void> | null = null;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly fence: WriteFence & { readonly problem: string | null },
  ) {}

  append(roomId: string, events: readonly RoomEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error('the session log is closed'));
    const epoch = this.fence.epochOf(roomId);
    if (epoch === undefined) {
      return Promise.reject(new FencedOut(`room ${roomId} is not held by this server`));
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ append: toRoomAppend(roomId, events), epoch, resolve, reject });
      if (this.committing === null) this.committing = this.commitAll();
    });
  }

  /** Commits group after group until none waits; `committing` is cleared in the same turn. */
  private async commitAll(): Promise<void> {
    while (this.pending.length > 0) {
      const group: Waiting[] = [];
      const later: Waiting[] = [];
      const inGroup = new Set<string>();
      for (const waiting of this.pending) {
        const roomId = waiting.append.roomId;
        // Once a room waits for a later group, so do its appends after that one.
        if (inGroup.has(roomId) || later.some((w) => w.append.roomId === roomId)) {
          later.push(waiting);
        } else {
          inGroup.add(roomId);
          group.push(waiting);
        }
      }
      this.pending = later;
      try {
        const failures = await commitGroup(this.pool, this.fence, group);
        for (const [index, waiting] of group.entries()) {
          const failure = failures.get(index);
          if (failure) waiting.reject(failure);
          else waiting.resolve();
        }
      } catch (error) {
        for (const waiting of group) waiting.reject(error as Error);
      }
    }
    this.committing = null;
  }

  async read(roomId: string, afterSeq = 0): Promise<RoomEvent[]> {
    const result = await this.pool.query<{ body: string }>(
      'SELECT body FROM events WHERE room_id = $1 AND seq > $2 ORDER BY seq',
      [roomId, afterSeq],
    );
    // Our own writes, validated when they were made.
    return result.rows.map((row) => JSON.parse(row.body) as RoomEvent);
  }

  async listRooms(): Promise<StoredRoom[]> {
    const result = await this.pool.query<RoomRow>(
      'SELECT * FROM rooms ORDER BY created_at DESC, room_id',
    );
    return result.rows.map(toStoredRoom);
  }

  async findRoom(roomId: string): Promise<StoredRoom | null> {
    return this.oneRoom('SELECT * FROM rooms WHERE room_id = $1', [roomId]);
  }

  async findRoomByCode(code: string): Promise<StoredRoom | null> {
    return this.oneRoom('SELECT * FROM rooms WHERE code = $1', [code]);
  }

  async findRoomByDigest(digest: string): Promise<StoredRoom | null> {
    return this.oneRoom(
      `SELECT * FROM rooms WHERE import_digest = $1 OR room_id =
         (SELECT room_id FROM export_digests WHERE digest = $1) LIMIT 1`,
      [digest],
    );
  }

  private async oneRoom(sql: string, values: unknown[]): Promise<StoredRoom | null> {
    const result = await this.pool.query<RoomRow>(sql, values);
    const row = result.rows[0];
    return row ? toStoredRoom(row) : null;
  }

  async rememberExport(roomId: string, digest: string): Promise<void> {
    await this.pool.query(
      'INSERT INTO export_digests (digest, room_id) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [digest, roomId],
    );
  }

  async importRoom(roomId: string, log: ImportedLog): Promise<void> {
    const { first } = log;
    if (await this.findRoomByDigest(log.digest)) throw new DuplicateImport(log.digest);
    await inTransaction(this.pool, async (client) => {
      // Marked with this node: another node starting meanwhile must not take it for a leftover.
      await client.query('INSERT INTO imports_in_progress (room_id, node_id) VALUES ($1, $2)', [
        roomId,
        this.fence.nodeId,
      ]);
      await insertRows(client, roomId, [
        { seq: first.seq, at: first.at, type: first.type, body: JSON.stringify(first) },
      ]);
    });
    try {
      for await (const rows of log.slices) {
        for (let i = 0; i < rows.length; i += IMPORT_SLICE) {
          const slice = rows.slice(i, i + IMPORT_SLICE);
          await inTransaction(this.pool, (client) => insertRows(client, roomId, slice));
        }
      }
      const columns = roomColumns(roomId, first);
      await inTransaction(this.pool, async (client) => {
        await client.query(
          `INSERT INTO rooms (room_id, code, scenario_id, title, group_name, created_at,
             started_at, ended_at, last_seq, last_at, participant_count, link_generation,
             import_digest, rest_balance, resting)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
          [
            columns.roomId,
            columns.code,
            columns.scenarioId,
            columns.title,
            columns.groupName,
            columns.createdAt,
            log.startedAt,
            log.endedAt,
            log.lastSeq,
            log.lastAt,
            log.participantCount,
            log.linkGeneration,
            log.digest,
            log.rests.balanceMs,
            log.rests.resting,
          ],
        );
        await client.query('DELETE FROM imports_in_progress WHERE room_id = $1', [roomId]);
      });
    } catch (error) {
      await this.dropImport(roomId);
      // Two uploads of one file at once: the second finds the first's digest taken.
      if ((error as { code?: string }).code === UNIQUE_VIOLATION) {
        if (await this.findRoomByDigest(log.digest)) throw new DuplicateImport(log.digest);
      }
      throw error;
    }
  }

  /** Refuses (RoomElsewhere) while another node holds the room: only its holder deletes it. */
  async deleteRoom(roomId: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      const lease = await client.query<{ mine: boolean; running: boolean }>(
        `SELECT node_id = $2 AS mine, expires_at > clock_timestamp() AS running
         FROM room_leases WHERE room_id = $1 FOR UPDATE`,
        [roomId, this.fence.nodeId],
      );
      const row = lease.rows[0];
      if (row && !row.mine && row.running) throw new RoomElsewhere(roomId);
      await client.query('DELETE FROM room_leases WHERE room_id = $1', [roomId]);
      await client.query('DELETE FROM events WHERE room_id = $1', [roomId]);
      await client.query('DELETE FROM export_digests WHERE room_id = $1', [roomId]);
      await client.query('DELETE FROM rooms WHERE room_id = $1', [roomId]);
    });
  }

  /** A real write and commit, as an append makes: an unreachable or read-only database fails it. */
  async writeProblem(): Promise<string | null> {
    if (this.fence.problem !== null) return this.fence.problem;
    try {
      await this.pool.query(
        `INSERT INTO write_probe (id, at) VALUES (1, $1)
         ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at`,
        [Date.now()],
      );
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  /**
   * An import cut short by a crash left events of a room that never appeared: they go. Only
   * those of nodes that are gone; another node's import may be running.
   */
  async dropUnfinishedImports(): Promise<void> {
    const result = await this.pool.query<{ room_id: string }>(
      `SELECT room_id FROM imports_in_progress WHERE node_id IS NULL OR node_id NOT IN
         (SELECT node_id FROM nodes WHERE expires_at > clock_timestamp())`,
    );
    for (const row of result.rows) await this.dropImport(row.room_id);
  }

  private async dropImport(roomId: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM events WHERE room_id = $1', [roomId]);
      await client.query('DELETE FROM imports_in_progress WHERE room_id = $1', [roomId]);
    });
  }

  /** Waits for the group being committed; the pool is the caller's to end. */
  async close(): Promise<void> {
    this.closed = true;
    await this.committing;
  }
}

const UNIQUE_VIOLATION = '23505';

async function insertRows(
  client: pg.PoolClient,
  roomId: string,
  rows: ReadonlyArray<{ seq: number; at: number; type: string; body: string }>,
): Promise<void> {
  await client.query(
    `INSERT INTO events (room_id, seq, at, type, body)
     SELECT $1, * FROM unnest($2::int[], $3::bigint[], $4::text[], $5::text[])`,
    [
      roomId,
      rows.map((row) => row.seq),
      rows.map((row) => row.at),
      rows.map((row) => row.type),
      rows.map((row) => row.body),
    ],
  );
}
