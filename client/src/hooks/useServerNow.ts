import { useEffect, useReducer } from 'react';
import { useRoomStore } from '../state/roomStore';

/**
 * The server's time as this client estimates it. The clock is read at every render; the
 * interval only makes sure there is a render every `intervalMs`, so a countdown never shows a
 * reading that is up to one interval old (a resumed timer would jump up by a second).
 */
export function useServerNow(intervalMs = 250): number {
  const offset = useRoomStore((state) => state.clockOffsetMs);
  const [, tick] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const timer = setInterval(tick, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return Date.now() + offset;
}
