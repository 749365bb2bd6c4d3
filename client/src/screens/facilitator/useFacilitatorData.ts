import { useCallback, useEffect, useState } from 'react';
import {
  API,
  RoomSummaryListSchema,
  ScenarioSummaryListSchema,
  type RoomSummary,
  type ScenarioSummary,
} from '@samenspel/shared';
import { useLatest } from '../../hooks/useLatest';
import { apiRequest } from '../../net/http';

export interface FacilitatorData {
  scenarios: ScenarioSummary[] | null;
  rooms: RoomSummary[] | null;
  failed: boolean;
  reload: () => void;
  /** Shows a room just created at the top at once, before the next reload. */
  addRoom: (room: RoomSummary) => void;
  /** Puts a room's new summary (its renewed links) where the old one was. */
  replaceRoom: (room: RoomSummary) => void;
}

/** The scenarios and rooms the signed-in facilitator can use; a 401 signs them out. */
export function useFacilitatorData(token: string, onUnauthorized: () => void): FacilitatorData {
  const [scenarios, setScenarios] = useState<ScenarioSummary[] | null>(null);
  const [rooms, setRooms] = useState<RoomSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const unauthorized = useLatest(onUnauthorized);

  useEffect(() => {
    let current = true;
    void Promise.all([
      apiRequest(API.scenarios, { token, schema: ScenarioSummaryListSchema }),
      apiRequest(API.rooms, { token, schema: RoomSummaryListSchema }),
    ]).then(([scenarioResult, roomResult]) => {
      if (!current) return;
      if (
        (!scenarioResult.ok && scenarioResult.status === 401) ||
        (!roomResult.ok && roomResult.status === 401)
      ) {
        unauthorized.current();
        return;
      }
      setFailed(!scenarioResult.ok || !roomResult.ok);
      if (scenarioResult.ok) setScenarios(scenarioResult.data);
      if (roomResult.ok) setRooms([...roomResult.data].sort((a, b) => b.createdAt - a.createdAt));
    });
    return () => {
      current = false;
    };
  }, [token, attempt, unauthorized]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const addRoom = useCallback(
    (room: RoomSummary) =>
      setRooms((current) => [room, ...(current ?? []).filter((r) => r.roomId !== room.roomId)]),
    [],
  );
  const replaceRoom = useCallback(
    (room: RoomSummary) =>
      setRooms((current) => (current ?? []).map((r) => (r.roomId === room.roomId ? room : r))),
    [],
  );
  return { scenarios, rooms, failed, reload, addRoom, replaceRoom };
}
