import { useEffect, useState } from 'react';
import type { Cursor, CursorStore } from './cursor';

/** While dragging, how long the pointer must rest before the heavy parts follow it. */
const SETTLE_MS = 120;

/**
 * A value from the playhead for the heavy parts of the page (the two screens, the log, the
 * note form). It follows at once when the playhead stands still; at most every `playingMs`
 * while playing; and while the timeline is dragged, only when the pointer rests or lets go, so
 * the playhead itself moves without waiting for a console of 220 people to redraw.
 * `select` must be stable (a module-level function).
 */
export function useThrottledCursor<T>(
  cursor: CursorStore,
  select: (cursor: Cursor) => T,
  playingMs: number,
): T {
  const [value, setValue] = useState(() => select(cursor.getState()));
  useEffect(() => followCursor(cursor, select, playingMs, setValue), [cursor, select, playingMs]);
  return value;
}

/**
 * The same pace outside React: `onValue` is called with the selected value at once and then as
 * useThrottledCursor would update. Returns the function that stops it.
 */
export function followCursor<T>(
  cursor: CursorStore,
  select: (cursor: Cursor) => T,
  playingMs: number,
  onValue: (value: T) => void,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const update = () => {
    timer = null;
    last = performance.now();
    onValue(select(cursor.getState()));
  };
  update();
  const unsubscribe = cursor.subscribe((state) => {
    if (state.scrubbing) {
      cancel();
      timer = setTimeout(update, SETTLE_MS);
    } else if (!state.playing) {
      cancel();
      update();
    } else if (timer === null) {
      timer = setTimeout(update, Math.max(0, last + playingMs - performance.now()));
    }
  });
  return () => {
    unsubscribe();
    cancel();
  };
}

export const selectSeq = (cursor: Cursor) => cursor.seq;
export const selectAt = (cursor: Cursor) => cursor.at;
