import Database from 'better-sqlite3';
import path from 'node:path';
import type { RoomEvent } from '@samenspel/shared';

/**
 * A room's log as the server keeps it, command ids included, read straight from its data
 * directory: no route hands those out any more (redactLog drops them), yet tests of exactly-once
 * delivery need them to tell a resend from a second command.
 */
export function readStoredLog(dataDir: string, roomId: string): RoomEvent[] {
  const db = new Database(path.join(dataDir, 'samenspel.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    const bodies = db
      .prepare('SELECT body FROM events WHERE room_id = ? ORDER BY seq')
      .pluck()
      .all(roomId) as string[];
    return bodies.map((body) => JSON.parse(body) as RoomEvent);
  } finally {
    db.close();
  }
}
