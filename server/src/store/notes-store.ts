import Database from 'better-sqlite3';
import { createDataDir } from './data-dir.js';
import path from 'node:path';
import type { TrainerNote } from '@samenspel/shared';
import { toNote, type NoteRow } from './rows.js';

/** Trainer notes pinned to moments of a session, in their own table: the log is never edited. */
export interface NotesStore {
  list(roomId: string): Promise<TrainerNote[]>;
  add(note: TrainerNote): Promise<void>;
  remove(roomId: string, noteId: string): Promise<boolean>;
  removeRoom(roomId: string): Promise<void>;
  close(): Promise<void>;
}

export class SqliteNotesStore implements NotesStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    createDataDir(dataDir);
    this.db = new Database(path.join(dataDir, 'samenspel.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS notes (
      id TEXT PRIMARY KEY,
      room_id TEXT NOT NULL,
      at_seq INTEGER NOT NULL,
      text TEXT NOT NULL,
      created_at INTEGER NOT NULL
    );
    CREATE INDEX IF NOT EXISTS notes_by_room ON notes (room_id, at_seq);`);
  }

  async list(roomId: string): Promise<TrainerNote[]> {
    const rows = this.db
      .prepare('SELECT * FROM notes WHERE room_id = ? ORDER BY at_seq, created_at')
      .all(roomId) as NoteRow[];
    return rows.map(toNote);
  }

  async add(note: TrainerNote): Promise<void> {
    this.db
      .prepare('INSERT INTO notes (id, room_id, at_seq, text, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(note.id, note.roomId, note.atSeq, note.text, note.createdAt);
  }

  async remove(roomId: string, noteId: string): Promise<boolean> {
    return (
      this.db.prepare('DELETE FROM notes WHERE room_id = ? AND id = ?').run(roomId, noteId)
        .changes > 0
    );
  }

  async removeRoom(roomId: string): Promise<void> {
    this.db.prepare('DELETE FROM notes WHERE room_id = ?').run(roomId);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
