import Database from 'better-sqlite3';
import path from 'node:path';
import pg from 'pg';
import type { RoomEvent } from '@samenspel/shared';

/** Where a server keeps its log: the data directory's SQLite file, or a PostgreSQL database. */
export interface LogHome {
  dataDir: string;
  databaseUrl?: string;
}

/**
 * A room's log as the server keeps it, command ids included, read straight from its store: no
 * route hands those out any more (redactLog drops them), yet tests of exactly-once delivery
 * need them to tell a resend from a second command.
 */
export async function readStoredLog(home: LogHome, roomId: string): Promise<RoomEvent[]> {
  const bodies = home.databaseUrl
    ? await readPg(home.databaseUrl, roomId)
    : readSqlite(home.dataDir, roomId);
  return bodies.map((body) => JSON.parse(body) as RoomEvent);
}

function readSqlite(dataDir: string, roomId: string): string[] {
  const db = new Database(path.join(dataDir, 'samenspel.sqlite'), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    return db
      .prepare('SELECT body FROM events WHERE room_id = ? ORDER BY seq')
      .pluck()
      .all(roomId) as string[];
  } finally {
    db.close();
  }
}

async function readPg(url: string, roomId: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = await client.query<{ body: string }>(
      'SELECT body FROM events WHERE room_id = $1 ORDER BY seq',
      [roomId],
    );
    return result.rows.map((row) => row.body);
  } finally {
    await client.end();
  }
}
