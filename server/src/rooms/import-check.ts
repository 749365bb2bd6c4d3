import { createHash, type Hash } from 'node:crypto';
import { restTally, type RestTally } from '../store/rest-tally.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  checkRoomLog,
  LogExportSchema,
  parseAtBoundary,
  protocolError,
  type ProtocolError,
  type RoomEvent,
} from '@samenspel/shared';

/** One event as the store keeps it: its columns and its JSON text. */
export interface StoredEventRow {
  seq: number;
  at: number;
  type: string;
  body: string;
}

/** What the store needs to know of a log that passed every check, besides its events. */
export interface CheckedLog {
  /** room_created as it came; the import gives it the new id and code. */
  first: Extract<RoomEvent, { type: 'room_created' }>;
  digest: string;
  participantCount: number;
  startedAt: number | null;
  endedAt: number | null;
  /** How often the room's links were renewed: keys are checked against it without the room. */
  linkGeneration: number;
  rests: RestTally;
  lastSeq: number;
  lastAt: number;
}

/** A checked log on its way into the store: the events after room_created come in slices. */
export interface ImportedLog extends CheckedLog {
  slices: AsyncIterable<readonly StoredEventRow[]>;
}

export type ImportCheck =
  | { ok: true; log: CheckedLog; rows: StoredEventRow[] }
  | { ok: false; status: 400 | 422; error: ProtocolError };

/**
 * Everything an import needs before a byte is written, in one pure step for the import worker:
 * the file read as JSON, the Samenspel log format (400 when it is not one), every event held to
 * the live room's rules (422, naming the event; no time after `now`), the content's digest and
 * the rows to store.
 */
export function checkImport(text: string, now: number): ImportCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refused(400, protocolError('invalid_payload', 'this file is not JSON'));
  }
  const parsed = parseAtBoundary(LogExportSchema, json);
  if (!parsed.ok) return refused(400, parsed.error);
  const events = parsed.value.events;
  const checked = checkRoomLog(events, now);
  if (!checked.ok) {
    const { index, seq, type, message, field } = checked.refusal;
    return refused(
      422,
      protocolError(
        'invalid_payload',
        `this log does not replay: event ${seq} (${type}): ${message}`,
        field === undefined ? `events.${index}` : `events.${index}.${field}`,
      ),
    );
  }
  const first = events[0];
  if (first?.type !== 'room_created') {
    return refused(
      422,
      protocolError('invalid_payload', 'a log starts with room_created', 'events.0'),
    );
  }
  const rows = events.slice(1).map((event) => ({
    seq: event.seq,
    at: event.at,
    type: event.type,
    body: JSON.stringify(event),
  }));
  const { state } = checked;
  return {
    ok: true,
    log: {
      first,
      digest: logDigest(events),
      participantCount: state.participantOrder.length,
      startedAt: state.startedAt,
      endedAt: state.endedAt,
      linkGeneration: state.linkGeneration,
      rests: restTally(events),
      lastSeq: state.seq,
      lastAt: state.lastEventAt,
    },
    rows,
  };
}

function refused(status: 400 | 422, error: ProtocolError): ImportCheck {
  return { ok: false, status, error };
}

/**
 * What makes two files the same session: their events, without what an import or an export
 * changes (the room's id and join code; command ids, which exports may drop), each written with
 * its keys in order, so a file and the log it came from give the same digest however their keys
 * were ordered. The export time and the envelope do not count.
 */
export function logDigest(events: readonly RoomEvent[]): string {
  const hash = createHash('sha256');
  events.forEach((event, i) => hashEvent(hash, event, i));
  return hash.digest('hex');
}

/**
 * The same digest, on the main thread: a slice of events per turn of the event loop, so the
 * export of a long log does not hold up the live rooms while it is hashed.
 */
export async function logDigestInSlices(events: readonly RoomEvent[]): Promise<string> {
  const hash = createHash('sha256');
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && i % DIGEST_SLICE === 0) await nextTurn();
    hashEvent(hash, events[i]!, i);
  }
  return hash.digest('hex');
}

const DIGEST_SLICE = 500;

function hashEvent(hash: Hash, event: RoomEvent, index: number): void {
  const { commandId: _commandId, commandDigest: _commandDigest, ...rest } = event;
  if (index > 0) hash.update('\n');
  if (rest.type === 'room_created') {
    const { roomId: _roomId, code: _code, ...room } = rest;
    hash.update(canonicalJson(room));
  } else {
    hash.update(canonicalJson(rest));
  }
}

/** JSON with every object's keys sorted (JSON.stringify does the work, the replacer the order). */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, sortedKeys);
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const source = value as Record<string, unknown>;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(source).sort()) sorted[key] = source[key];
  return sorted;
}
