import type { ReplayIndex } from '@samenspel/shared';
import { viewsOf, type ReplayViews } from './types';

/** A trainer goes back and forth over the same moments; this many are kept. */
const KEEP = 64;

/**
 * The views at a seq, projected once: going back to a moment already seen (stepping back and
 * forth, playing a stretch again) costs a look-up, not a fold and two projections.
 */
export class ViewsMemo {
  private readonly memo = new Map<number, ReplayViews>();

  constructor(private readonly index: ReplayIndex) {}

  at(seq: number): ReplayViews {
    const clamped = Math.min(Math.max(seq, 1), this.index.length);
    const known = this.memo.get(clamped);
    if (known) {
      // Most recently used last, so the oldest is the one to let go.
      this.memo.delete(clamped);
      this.memo.set(clamped, known);
      return known;
    }
    const views = viewsOf(this.index.stateAt(clamped));
    this.memo.set(clamped, views);
    if (this.memo.size > KEEP) this.memo.delete(this.memo.keys().next().value!);
    return views;
  }
}
