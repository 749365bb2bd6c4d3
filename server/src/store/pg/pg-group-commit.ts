import type pg from 'pg';
import { FencedOut, InDoubt, SeqConflict } from '../event-store.js';
import type { RoomAppend } from '../sqlite-writer-protocol.js';
import { checkOut } from './pg-schema.js';

export { FencedOut };

/** A room's append with the epoch its node held the room at when the append was made. */
export interface FencedAppend {
  append: RoomAppend;
  epoch: number;
}

/** What a group commit checks before it writes: the rooms this node holds, and at which epoch. */
export interface WriteFence {
  readonly nodeId: string;
  /** The epoch this node holds the room at; undefined when it does not hold it. */
  epochOf(roomId: string): number | undefined;
  /** A commit found the room's lease moved on: another node holds it now. */
  lost(roomId: string, why: string): void;
}

/**
 * One group commit: the appends of several rooms (each room at most once) in one transaction
 * of three statements, however many rooms there are. A room's events are written only when its
 * index row still ends where they begin; the row's UPDATE takes the row lock, so two writers of
 * one room wait for each other and the second finds the seq taken. Resolves with the appends
 * that were refused (SeqConflict), by index; rejects when nothing of the group is written.
 *
 * The transaction first reads each room's lease under a share lock: a node taking a room over
 * raises its epoch (pg-room-leases.ts) and so waits for this commit, and an append made under
 * an epoch that is no longer the room's is refused (FencedOut), the group's others going
 * ahead. The epoch is the one the append was made under, not the node's now: an append queued
 * before the node lost the room cannot land after it took the room up again.
 */
export async function commitGroup(
  pool: pg.Pool,
  fence: WriteFence,
  fencedAppends: readonly FencedAppend[],
): Promise<Map<number, Error>> {
  const appends = fencedAppends.map((fenced) => fenced.append);
  const failures = new Map<number, Error>();
  let valid: number[] = [];
  for (const [index, append] of appends.entries()) {
    const problem = seqProblem(append);
    if (problem) failures.set(index, new SeqConflict(problem));
    else if (fence.epochOf(append.roomId) !== fencedAppends[index]!.epoch) {
      failures.set(index, new FencedOut(`room ${append.roomId} is not held by this server`));
    } else valid.push(index);
  }
  if (valid.length === 0) return failures;

  const out = await checkOut(pool);
  const client = out.client;
  let broken = false;
  let touched: Set<string>;
  let group: RoomAppend[] = [];
  try {
    await client.query('BEGIN');
    const fenced = await heldElsewhere(
      client,
      fence,
      valid.map((index) => fencedAppends[index]!),
    );
    for (const index of valid) {
      const roomId = appends[index]!.roomId;
      if (fenced.has(roomId)) failures.set(index, new FencedOut(`room ${roomId} ${FENCED}`));
    }
    valid = valid.filter((index) => !fenced.has(appends[index]!.roomId));
    group = valid.map((index) => appends[index]!);
    if (group.length === 0) {
      await client.query('ROLLBACK');
      return failures;
    }
    await insertCreatedRooms(client, group);
    touched = await writeEvents(client, group);
    try {
      await client.query('COMMIT');
    } catch (error) {
      broken = true;
      // The connection may have gone after the database committed: look before saying no,
      // once the backend that ran the COMMIT is gone (it could still be finishing it).
      const committed = await committedAfterAll(pool, backendOf(client), group, touched);
      if (committed === 'unknown') {
        throw new InDoubt(`the COMMIT's answer was lost: ${(error as Error).message}`);
      }
      if (!committed) throw error;
    }
  } catch (error) {
    if (!broken) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
    }
    throw error;
  } finally {
    out.release(broken);
  }
  for (const index of valid) {
    const append = appends[index]!;
    if (!touched.has(append.roomId)) {
      failures.set(
        index,
        new SeqConflict(
          `room ${append.roomId}: its log does not end at seq ${firstSeq(append) - 1}`,
        ),
      );
    }
  }
  return failures;
}

/** The server process behind a connection (node-postgres keeps it, its types do not say). */
function backendOf(client: pg.PoolClient): number | null {
  return (client as pg.PoolClient & { processID?: number | null }).processID ?? null;
}

const FENCED = 'is held by another server now';

/**
 * The rooms of `appends` whose lease is no longer this node's at the append's epoch, read under
 * a share lock on their lease rows (held to COMMIT, so a takeover waits for this transaction);
 * the fence is told of each.
 */
export async function heldElsewhere(
  client: pg.PoolClient,
  fence: WriteFence,
  appends: readonly FencedAppend[],
): Promise<Set<string>> {
  const result = await client.query<{ room_id: string; epoch: number }>(
    `SELECT room_id, epoch FROM room_leases
     WHERE room_id = ANY($1::text[]) AND node_id = $2 FOR SHARE`,
    [appends.map((fenced) => fenced.append.roomId), fence.nodeId],
  );
  const current = new Map(result.rows.map((row) => [row.room_id, Number(row.epoch)]));
  const fenced = new Set<string>();
  for (const { append, epoch } of appends) {
    if (current.get(append.roomId) === epoch) continue;
    fenced.add(append.roomId);
    fence.lost(append.roomId, `another server took room ${append.roomId} over`);
  }
  return fenced;
}

function firstSeq(append: RoomAppend): number {
  return append.rows[0]!.seq;
}

function lastSeq(append: RoomAppend): number {
  return append.rows[append.rows.length - 1]!.seq;
}

/** The events of one append must follow one another, the first of a new room being 1. */
function seqProblem(append: RoomAppend): string | null {
  const first = firstSeq(append);
  if (append.created && first !== 1) return `room ${append.roomId} must begin at seq 1`;
  for (const [i, row] of append.rows.entries()) {
    if (row.seq !== first + i) {
      return `room ${append.roomId}: expected seq ${first + i}, got ${row.seq}`;
    }
  }
  return null;
}

/** New rooms' index rows; one whose id or code is taken is left out, and its append refused. */
async function insertCreatedRooms(client: pg.PoolClient, group: readonly RoomAppend[]) {
  const created = group.flatMap((append) => (append.created ? [append.created] : []));
  if (created.length === 0) return;
  await client.query(
    `INSERT INTO rooms (room_id, code, scenario_id, title, group_name, created_at, last_seq, last_at)
     SELECT room_id, code, scenario_id, title, group_name, created_at, 0, created_at
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[])
       AS t(room_id, code, scenario_id, title, group_name, created_at)
     ON CONFLICT DO NOTHING`,
    [
      created.map((room) => room.roomId),
      created.map((room) => room.code),
      created.map((room) => room.scenarioId),
      created.map((room) => room.title),
      created.map((room) => room.groupName),
      created.map((room) => room.createdAt),
    ],
  );
}

/** Moves each room's index row on and inserts its events, for the rooms whose log ends right. */
async function writeEvents(
  client: pg.PoolClient,
  group: readonly RoomAppend[],
): Promise<Set<string>> {
  const rows = group.flatMap((append) =>
    append.rows.map((row) => ({ roomId: append.roomId, ...row })),
  );
  const result = await client.query<{ room_id: string }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::int[], $3::int[], $4::bigint[], $5::int[],
         $6::bigint[], $7::bigint[], $8::int[], $14::bigint[], $15::int[])
         AS t(room_id, first_seq, last_seq, last_at, joined, started_at, ended_at, link_generation,
           rest_balance, resting)
     ), touched AS (
       UPDATE rooms r SET last_seq = i.last_seq, last_at = i.last_at,
         participant_count = r.participant_count + i.joined,
         started_at = COALESCE(r.started_at, i.started_at),
         ended_at = COALESCE(i.ended_at, r.ended_at),
         link_generation = COALESCE(i.link_generation, r.link_generation),
         rest_balance = r.rest_balance + i.rest_balance, resting = r.resting + i.resting
       FROM input i WHERE r.room_id = i.room_id AND r.last_seq = i.first_seq - 1
       RETURNING r.room_id
     ), written AS (
       INSERT INTO events (room_id, seq, at, type, body)
       SELECT e.room_id, e.seq, e.at, e.type, e.body
       FROM unnest($9::text[], $10::int[], $11::bigint[], $12::text[], $13::text[])
         AS e(room_id, seq, at, type, body)
       WHERE e.room_id IN (SELECT room_id FROM touched)
     )
     SELECT room_id FROM touched`,
    [
      group.map((append) => append.roomId),
      group.map(firstSeq),
      group.map(lastSeq),
      group.map((append) => append.rows[append.rows.length - 1]!.at),
      group.map((append) => append.joined),
      group.map((append) => append.startedAt),
      group.map((append) => append.endedAt),
      group.map((append) => append.linkGeneration),
      rows.map((row) => row.roomId),
      rows.map((row) => row.seq),
      rows.map((row) => row.at),
      rows.map((row) => row.type),
      rows.map((row) => row.body),
      group.map((append) => append.rests.balanceMs),
      group.map((append) => append.rests.resting),
    ],
  );
  return new Set(result.rows.map((row) => row.room_id));
}

/**
 * After a COMMIT whose answer was lost: true when every room it would have moved on ends at the
 * group's last seq, so the commit went through. Asked on another connection; 'unknown' when
 * that fails too (the database is gone for now).
 */
async function committedAfterAll(
  pool: pg.Pool,
  backend: number | null,
  group: readonly RoomAppend[],
  touched: ReadonlySet<string>,
): Promise<boolean | 'unknown'> {
  if (touched.size === 0) return false;
  try {
    if (backend !== null) {
      await pool.query('SELECT pg_terminate_backend($1)', [backend]);
      let gone = false;
      for (let tries = 0; tries < 50 && !gone; tries++) {
        const alive = await pool.query('SELECT 1 FROM pg_stat_activity WHERE pid = $1', [backend]);
        gone = alive.rowCount === 0;
        if (!gone) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Still finishing its COMMIT, for all anyone can tell.
      if (!gone) return 'unknown';
    }
    const expected = new Map(
      group.filter((append) => touched.has(append.roomId)).map((a) => [a.roomId, lastSeq(a)]),
    );
    const result = await pool.query<{ room_id: string; last_seq: number }>(
      'SELECT room_id, last_seq FROM rooms WHERE room_id = ANY($1::text[])',
      [[...expected.keys()]],
    );
    return (
      result.rows.length === expected.size &&
      result.rows.every((row) => expected.get(row.room_id) === row.last_seq)
    );
  } catch {
    return 'unknown';
  }
}
