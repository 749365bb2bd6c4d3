import { useEffect } from 'react';
import { seekSeq, type CursorStore } from './cursor';
import type { ReplayLog } from './replayLog';

/** The seq in an address like /facilitator/library/r_1#seq=1234, or 1. */
export function seqFromHash(hash: string): number {
  const match = /(?:^#|&)seq=(\d+)/.exec(hash);
  return match ? Number(match[1]) : 1;
}

/**
 * Keeps the moment in the address while the playhead stands still, so a reload, a bookmark or a
 * link to a colleague opens the replay at the same event. Replaced, never pushed: the back
 * button still leaves the replay. A #seq typed or followed on the page itself moves there.
 */
export function useSeqInAddress(cursor: CursorStore, log: ReplayLog): void {
  useEffect(() => {
    const follow = () => seekSeq(cursor, log, seqFromHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    let timer: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = cursor.subscribe((state) => {
      if (timer !== null) clearTimeout(timer);
      if (state.playing || state.scrubbing) return;
      timer = setTimeout(() => {
        const url = `${window.location.pathname}${window.location.search}#seq=${state.seq}`;
        window.history.replaceState(window.history.state, '', url);
      }, 300);
    });
    return () => {
      window.removeEventListener('hashchange', follow);
      unsubscribe();
      if (timer !== null) clearTimeout(timer);
    };
  }, [cursor, log]);
}
