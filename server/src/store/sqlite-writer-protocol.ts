import { restTally, type RestTally } from './rest-tally.js';
import type { RoomEvent } from '@samenspel/shared';
import type { SqliteSync } from '../config.js';
import type { StoredRoom } from './event-store.js';

/**
 * What the main thread and the SQLite writer thread (sqlite-writer.ts) say to each other. The
 * events cross as rows whose body is already JSON, with the room index's changes worked out
 * here, so the writer never parses an event and a message is cheap to copy.
 */

export interface WriterOptions {
  file: string;
  sync: SqliteSync;
}

/** The room row's columns that its first event fixes. */
export type RoomColumns = Pick<
  StoredRoom,
  'roomId' | 'code' | 'scenarioId' | 'title' | 'groupName' | 'createdAt'
>;

export interface EventRow {
  seq: number;
  at: number;
  type: string;
  body: string;
}

/** One room's events of a group commit, and what they change in the room's index row. */
export interface RoomAppend {
  roomId: string;
  /** Set when the events open the room (their first is room_created). */
  created: RoomColumns | null;
  rows: EventRow[];
  joined: number;
  startedAt: number | null;
  endedAt: number | null;
  linkGeneration: number | null;
  /** What these events add to the room's rest sums (rest-tally.ts). */
  rests: RestTally;
}

export type WriterRequest =
  | { kind: 'append'; id: number; group: RoomAppend[] }
  | { kind: 'probe'; id: number; at: number }
  | { kind: 'close' };

/** An error as it crosses the thread boundary: structured cloning keeps neither class nor code. */
export interface SentError {
  name: string;
  message: string;
  code?: string;
}

export type WriterReply =
  /** The group committed, except the appends at `failures`, each rolled back to its savepoint. */
  | { kind: 'appended'; id: number; failures: Array<[index: number, error: SentError]> }
  /** Nothing of the group is durable. */
  | { kind: 'append_failed'; id: number; error: SentError }
  | { kind: 'probed'; id: number; problem: string | null };

export function roomColumns(
  roomId: string,
  first: Extract<RoomEvent, { type: 'room_created' }>,
): RoomColumns {
  return {
    roomId,
    code: first.code,
    scenarioId: first.scenario.id,
    title: first.scenario.title,
    groupName: first.groupName,
    createdAt: first.at,
  };
}

/** Turns a room's new events into what the writer stores (the bodies serialised here). */
export function toRoomAppend(roomId: string, events: readonly RoomEvent[]): RoomAppend {
  const first = events[0]!;
  const append: RoomAppend = {
    roomId,
    created: first.type === 'room_created' ? roomColumns(roomId, first) : null,
    rows: [],
    joined: 0,
    startedAt: null,
    endedAt: null,
    linkGeneration: null,
    rests: restTally(events),
  };
  for (const event of events) {
    append.rows.push({
      seq: event.seq,
      at: event.at,
      type: event.type,
      body: JSON.stringify(event),
    });
    if (event.type === 'participant_joined') append.joined++;
    if (event.type === 'session_started') append.startedAt ??= event.at;
    if (event.type === 'session_ended') append.endedAt = event.at;
    if (event.type === 'links_renewed') append.linkGeneration = event.generation;
  }
  return append;
}

export function sendableError(error: unknown): SentError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string'
    ? { name: error.name, message: error.message, code }
    : { name: error.name, message: error.message };
}
