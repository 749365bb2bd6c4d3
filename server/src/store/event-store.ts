import type { RoomEvent } from '@samenspel/shared';

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
