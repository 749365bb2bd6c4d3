import { useCallback, useEffect, useState } from 'react';
import { API, RoomSummaryListSchema, type RoomSummary } from '@samenspel/shared';
import { useLatest } from '../../hooks/useLatest';
import { apiRequest } from '../../net/http';

export interface LibraryRooms {
  rooms: RoomSummary[] | null;
  failed: boolean;
  reload: () => void;
  /** Takes a deleted session out of the list at once. */
  forget: (roomId: string) => void;
}

/** Every session on this server, past and running; a 401 signs the trainer out. */
export function useLibraryRooms(token: string, onUnauthorized: () => void): LibraryRooms {
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const unauthorized = useLatest(onUnauthorized);

  useEffect(() => {
    let current = true;
    void apiRequest(API.rooms, { token, schema: RoomSummaryListSchema }).then((result) => {
      if (!current) return;
      if (!result.ok && result.status === 401) {
        unauthorized.current();
        return;
      }
      setFailed(!result.ok);
      if (result.ok) setRooms(result.data);
    });
    return () => {
      current = false;
    };
  }, [token, attempt, unauthorized]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const forget = useCallback(
    (roomId: string) =>
      setRooms((current) => current?.filter((room) => room.roomId !== roomId) ?? null),
    [],
  );
  return { rooms, failed, reload, forget };
}
