import type { RoomEvent } from '@samenspel/shared';
import type { ImportedLog } from '../rooms/import-check.js';

/** What the store knows about a room without folding its log. */
export interface StoredRoom {
  roomId: string;
  code: string;
  scenarioId: string;
  title: string;
  groupName: string | null;
  createdAt: number;
  /** When the session was started (its `session_started`), null before. */
  startedAt: number | null;
  endedAt: number | null;
  lastSeq: number;
  lastEventAt: number;
  participantCount: number;
  /** How often the room's links were renewed (its last links_renewed), 0 if never. */
  linkGeneration: number;
  /**
   * How long it rested between the meetings of a training of several days: until its end, or
   * its last event while it runs.
   */
  restedMs: number;
}

/**
 * The session log. Asynchronous and free of SQLite specifics, so a PostgreSQL store can
 * stand in later. `append` resolves only once the events are durable.
 */
export interface EventStore {
  /** Appends events whose seqs follow the room's last one; rejects with SeqConflict otherwise. */
  append(roomId: string, events: readonly RoomEvent[]): Promise<void>;
  /** Events with seq > afterSeq, in order. */
  read(roomId: string, afterSeq?: number): Promise<RoomEvent[]>;
  listRooms(): Promise<StoredRoom[]>;
  findRoom(roomId: string): Promise<StoredRoom | null>;
  findRoomByCode(code: string): Promise<StoredRoom | null>;
  /**
   * Stores a checked log from elsewhere as a new room, `first` already carrying its new id and
   * code. Written in slices, so a large log does not hold up the live rooms; the room appears
   * only once all of it is there. Rejects with DuplicateImport when a room with the same
   * content digest is already stored, and then writes nothing.
   */
  importRoom(roomId: string, log: ImportedLog): Promise<void>;
  /** The room an earlier import with this content digest became, or whose export it was. */
  findRoomByDigest(digest: string): Promise<StoredRoom | null>;
  /** Remembers the digest of a file exported from a room, so importing it back finds the room. */
  rememberExport(roomId: string, digest: string): Promise<void>;
  /** Removes the room and all its events for good. */
  deleteRoom(roomId: string): Promise<void>;
  /**
   * Tries a real write; resolves with why it failed (read-only, disk full, …), or null when the
   * store can be written. For start-up and the readiness route.
   */
  writeProblem(): Promise<string | null>;
  close(): Promise<void>;
}

export class SeqConflict extends Error {
  override name = 'SeqConflict';
}

/** An append refused because this node does not hold the room (any more): another runs it. */
export class FencedOut extends Error {
  override name = 'FencedOut';
}

/**
 * An append whose COMMIT went out but whose answer never came back, and that could not be
 * looked up since (the database went away): it may be in the log or not. Nobody may be told
 * either; the log, once it can be read, says which.
 */
export class InDoubt extends Error {
  override name = 'InDoubt';
}

export class DuplicateImport extends Error {
  override name = 'DuplicateImport';
}
