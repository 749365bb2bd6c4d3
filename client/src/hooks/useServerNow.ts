import { useEffect, useState } from 'react';
import { useRoomStore } from '../state/roomStore';

/** The server's time as this client estimates it, refreshed every `intervalMs`. */
export function useServerNow(intervalMs = 250): number {
  const offset = useRoomStore((state) => state.clockOffsetMs);
  const [localNow, setLocalNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setLocalNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return localNow + offset;
}
