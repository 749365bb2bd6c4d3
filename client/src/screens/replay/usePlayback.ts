import { useEffect } from 'react';
import { seekTime, type CursorStore } from './cursor';
import type { ReplayLog } from './replayLog';

/**
 * While playing, moves the playhead on by the real time between frames times the speed, so the
 * gaps between events last as long as they did (1×), or a tenth or a sixtieth of that.
 */
export function usePlayback(cursor: CursorStore, log: ReplayLog): void {
  useEffect(() => {
    let frame = 0;
    let last = 0;
    const tick = (now: number) => {
      const { playing, speed, at } = cursor.getState();
      if (!playing) return;
      const elapsed = last === 0 ? 0 : now - last;
      last = now;
      const next = at + elapsed * speed;
      if (next >= log.end) {
        seekTime(cursor, log, log.end, false);
        return;
      }
      seekTime(cursor, log, next, true);
      frame = requestAnimationFrame(tick);
    };
    const unsubscribe = cursor.subscribe((state, previous) => {
      if (state.playing && !previous.playing) {
        last = 0;
        frame = requestAnimationFrame(tick);
      } else if (!state.playing && previous.playing) {
        cancelAnimationFrame(frame);
      }
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [cursor, log]);
}
