import { useEffect, useState } from 'react';
import type { CursorStore, Cursor } from './cursor';

/**
 * A value from the playhead that follows it at once when it stands still, and at most every
 * `playingMs` while playing or dragging: the screens and the inspector need not redraw for every
 * animation frame. `select` must be stable (a module-level function).
 */
export function useThrottledCursor<T>(
  cursor: CursorStore,
  select: (cursor: Cursor) => T,
  playingMs: number,
): T {
  const [value, setValue] = useState(() => select(cursor.getState()));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let last = 0;
    const update = () => {
      timer = null;
      last = performance.now();
      setValue(select(cursor.getState()));
    };
    update();
    const unsubscribe = cursor.subscribe((state) => {
      if (!state.playing && !state.scrubbing) {
        if (timer !== null) clearTimeout(timer);
        update();
      } else if (timer === null) {
        timer = setTimeout(update, Math.max(0, last + playingMs - performance.now()));
      }
    });
    return () => {
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [cursor, select, playingMs]);
  return value;
}

export const selectSeq = (cursor: Cursor) => cursor.seq;
export const selectAt = (cursor: Cursor) => cursor.at;
