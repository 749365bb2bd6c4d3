import { createContext, useContext, useEffect, useReducer } from 'react';
import { useRoomStore } from '../state/roomStore';

/**
 * A fixed server time for everything below it: a replay shows the countdowns and the agenda's
 * times as they stood at the moment on screen, not as they would stand now. Null: the live clock.
 */
export const FrozenServerNow = createContext<number | null>(null);

/**
 * The server's time as this client estimates it. The clock is read at every render; the
 * interval only makes sure there is a render every `intervalMs`, so a countdown never shows a
 * reading that is up to one interval old (a resumed timer would jump up by a second).
 */
export function useServerNow(intervalMs = 250): number {
  const frozen = useContext(FrozenServerNow);
  const offset = useRoomStore((state) => state.clockOffsetMs);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  const live = frozen === null;
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, live]);
  return frozen ?? Date.now() + offset;
}
