import { useCallback, useEffect, useState } from 'react';
import { API, TrainerNoteListSchema, TrainerNoteSchema, type TrainerNote } from '@samenspel/shared';
import { useLatest } from '../../hooks/useLatest';
import { apiRequest } from '../../net/http';
import { deleteAt } from '../library/libraryApi';

const byMoment = (a: TrainerNote, b: TrainerNote) => a.atSeq - b.atSeq || a.createdAt - b.createdAt;

export interface Notes {
  notes: readonly TrainerNote[];
  failed: boolean;
  /** Pins a note to an event; false when it could not be saved. */
  add: (atSeq: number, text: string) => Promise<boolean>;
  remove: (noteId: string) => Promise<boolean>;
}

/** The trainer's notes on this session: kept beside the log by the server, never in it. */
export function useNotes(roomId: string, token: string, onUnauthorized: () => void): Notes {
  const [notes, setNotes] = useState<TrainerNote[]>([]);
  const [failed, setFailed] = useState(false);
  const unauthorized = useLatest(onUnauthorized);

  useEffect(() => {
    let current = true;
    void apiRequest(API.notes(roomId), { token, schema: TrainerNoteListSchema }).then((result) => {
      if (!current) return;
      if (result.ok) setNotes([...result.data].sort(byMoment));
      else if (result.status === 401) unauthorized.current();
      else setFailed(true);
    });
    return () => {
      current = false;
    };
  }, [roomId, token, unauthorized]);

  const add = useCallback(
    async (atSeq: number, text: string) => {
      const result = await apiRequest(API.notes(roomId), {
        method: 'POST',
        token,
        body: { atSeq, text },
        schema: TrainerNoteSchema,
      });
      if (result.ok) setNotes((list) => [...list, result.data].sort(byMoment));
      else if (result.status === 401) unauthorized.current();
      return result.ok;
    },
    [roomId, token, unauthorized],
  );

  const remove = useCallback(
    async (noteId: string) => {
      const result = await deleteAt(API.note(roomId, noteId), token);
      if (result.ok || result.status === 404) {
        setNotes((list) => list.filter((note) => note.id !== noteId));
        return true;
      }
      if (result.status === 401) unauthorized.current();
      return false;
    },
    [roomId, token, unauthorized],
  );

  return { notes, failed, add, remove };
}
