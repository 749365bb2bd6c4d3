import type pg from 'pg';
import type { TrainerNote } from '@samenspel/shared';
import type { NotesStore } from '../notes-store.js';

interface NoteRow {
  id: string;
  room_id: string;
  at_seq: number;
  text: string;
  created_at: number;
}

/** Trainer notes in PostgreSQL. */
export class PgNotesStore implements NotesStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(roomId: string): Promise<TrainerNote[]> {
    const result = await this.pool.query<NoteRow>(
      'SELECT * FROM notes WHERE room_id = $1 ORDER BY at_seq, created_at',
      [roomId],
    );
    return result.rows.map((row) => ({
      id: row.id,
      roomId: row.room_id,
      atSeq: row.at_seq,
      text: row.text,
      createdAt: row.created_at,
    }));
  }

  async add(note: TrainerNote): Promise<void> {
    await this.pool.query(
      'INSERT INTO notes (id, room_id, at_seq, text, created_at) VALUES ($1, $2, $3, $4, $5)',
      [note.id, note.roomId, note.atSeq, note.text, note.createdAt],
    );
  }

  async remove(roomId: string, noteId: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM notes WHERE room_id = $1 AND id = $2', [
      roomId,
      noteId,
    ]);
    return (result.rowCount ?? 0) > 0;
  }

  async removeRoom(roomId: string): Promise<void> {
    await this.pool.query('DELETE FROM notes WHERE room_id = $1', [roomId]);
  }

  async close(): Promise<void> {}
}
