import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { SeqConflict } from './event-store.js';
import {
  sendableError,
  type RoomAppend,
  type WriterOptions,
  type WriterReply,
  type WriterRequest,
} from './sqlite-writer-protocol.js';

/**
 * The SQLite writer thread: it commits the session log's group commits on a connection of its
 * own, so the fsync that makes each group durable (usually a fraction of a millisecond, but
 * hundreds of milliseconds when the disk is busy) holds up only the answers that wait for it,
 * never the event loop that serves every room. The schema is the main thread's work
 * (sqlite-store.ts), done before this thread starts.
 */
const port = parentPort!;
const { file, sync } = workerData as WriterOptions;
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);

// Prepared on first use, inside a request's try: a log the writer cannot use (read-only, from a
// version before a column) answers each request with why, instead of ending the thread.
const prepare = () => ({
  insertEvent: db.prepare(
    'INSERT INTO events (room_id, seq, at, type, body) VALUES (?, ?, ?, ?, ?)',
  ),
  insertRoom: db.prepare(
    `INSERT INTO rooms (room_id, code, scenario_id, title, group_name, created_at, last_seq, last_at)
     VALUES (@roomId, @code, @scenarioId, @title, @groupName, @createdAt, 0, @createdAt)`,
  ),
  lastSeq: db.prepare('SELECT last_seq FROM rooms WHERE room_id = ?').pluck(),
  touchRoom: db.prepare(
    `UPDATE rooms SET last_seq = ?, last_at = ?, participant_count = participant_count + ?,
     started_at = COALESCE(started_at, ?), ended_at = COALESCE(?, ended_at),
     link_generation = COALESCE(?, link_generation),
     rest_balance = rest_balance + ?, resting = resting + ? WHERE room_id = ?`,
  ),
  probe: db.prepare('INSERT OR REPLACE INTO write_probe (id, at) VALUES (1, ?)'),
});
let prepared: ReturnType<typeof prepare> | null = null;
const statements = () => (prepared ??= prepare());

function appendRoom(append: RoomAppend): void {
  const { roomId, rows } = append;
  const { insertRoom, lastSeq: lastSeqOf, insertEvent, touchRoom } = statements();
  if (append.created) insertRoom.run(append.created);
  const lastSeq = lastSeqOf.get(roomId) as number | undefined;
  if (lastSeq === undefined) throw new SeqConflict(`room ${roomId} does not exist`);
  let expected = lastSeq + 1;
  for (const row of rows) {
    if (row.seq !== expected) {
      throw new SeqConflict(`room ${roomId}: expected seq ${expected}, got ${row.seq}`);
    }
    insertEvent.run(roomId, row.seq, row.at, row.type, row.body);
    expected++;
  }
  const last = rows[rows.length - 1]!;
  touchRoom.run(
    last.seq,
    last.at,
    append.joined,
    append.startedAt,
    append.endedAt,
    append.linkGeneration,
    append.rests.balanceMs,
    append.rests.resting,
    roomId,
  );
}

// Called inside groupTx, better-sqlite3 runs this as a savepoint that rolls back on throw.
const appendTx = db.transaction(appendRoom);
const groupTx = db.transaction(
  (group: readonly RoomAppend[], failures: Array<[number, ReturnType<typeof sendableError>]>) => {
    for (const [index, append] of group.entries()) {
      try {
        appendTx(append);
      } catch (error) {
        // Some errors (a full disk, I/O) roll back the whole transaction, not only this
        // savepoint: then nothing of the group is written, and the appends after this one
        // must not go on to commit each on their own while the group is reported failed.
        if (!db.inTransaction) throw error;
        failures.push([index, sendableError(error)]);
      }
    }
  },
);

function answer(request: Exclude<WriterRequest, { kind: 'close' }>): WriterReply {
  if (request.kind === 'probe') {
    try {
      statements().probe.run(request.at);
      return { kind: 'probed', id: request.id, problem: null };
    } catch (error) {
      return { kind: 'probed', id: request.id, problem: (error as Error).message };
    }
  }
  const failures: Array<[number, ReturnType<typeof sendableError>]> = [];
  try {
    // IMMEDIATE: the write lock is taken (waiting out another writer) before the first read; a
    // read transaction that later needs it would fail at once instead of waiting.
    groupTx.immediate(request.group, failures);
  } catch (error) {
    return { kind: 'append_failed', id: request.id, error: sendableError(error) };
  }
  return { kind: 'appended', id: request.id, failures };
}

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    db.close();
    port.close();
    return;
  }
  port.postMessage(answer(request));
});
