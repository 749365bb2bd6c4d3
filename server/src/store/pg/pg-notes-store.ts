import type pg from 'pg';
import type { TrainerNote } from '@samenspel/shared';
import type { NotesStore } from '../notes-store.js';
import { toNote, type NoteRow } from '../rows.js';

/** Trainer notes in PostgreSQL. */
export class PgNotesStore implements NotesStore {
  constructor(private readonly pool: pg.Pool) {}

  async list(roomId: string): Promise<TrainerNote[]> {
    const result = await this.pool.query<NoteRow>(
      'SELECT * FROM notes WHERE room_id = $1 ORDER BY at_seq, created_at',
      [roomId],
    );
    return result.rows.map(toNote);
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
