import { useEffect, useState } from 'react';
import type { CursorStore } from './cursor';
import type { ReplayEngine } from './engine/types';
import { followCursor, selectSeq } from './useThrottled';

/**
 * The playhead's event for the parts beside the screens (the log, the note form): at the pace
 * of useThrottledCursor, and each time only after the screens show that moment and have been
 * painted, so their rendering never holds up the projector's frame.
 */
export function useSeqBesideScreens(
  cursor: CursorStore,
  engine: ReplayEngine,
  playingMs: number,
): number {
  const [seq, setSeq] = useState(() => selectSeq(cursor.getState()));
  useEffect(() => {
    let cancel = () => {};
    const stop = followCursor(cursor, selectSeq, playingMs, (next) => {
      cancel();
      cancel = engine.afterScreens(() => setSeq(next));
    });
    return () => {
      stop();
      cancel();
    };
  }, [cursor, engine, playingMs]);
  return seq;
}
