import type { RoomEvent } from './events.js';
import { newFoldDraft, settle, type FoldDraft } from './fold-draft.js';
import { reduceRoom } from './reducer.js';
import type { RoomState } from './state.js';

/**
 * Seeking in a recorded session. The log is folded once, keeping a snapshot every `every`
 * events; the state at any seq is then the nearest snapshot before it plus at most `every`
 * events folded on top. The reducer never mutates a state, so snapshots are safe to share.
 *
 * Both folds go with a draft (fold-draft.ts): the states between two snapshots, and those on
 * the way from a snapshot to the seq asked for, are seen by nobody. Without one, every event
 * copied the record it wrote into (a presence change all 220 participants, a vote all the
 * block's answers): 2–3 s to index a 5-hour log, and up to 99 such copies per seek. A new
 * draft starts after each snapshot, so a snapshot is never written into; its blocks' answers
 * are settled then, so the projections' results and progress of a block that no later event
 * touches are worked out once (results/tally.ts), not again at every seek past it.
 */
export class ReplayIndex {
  private readonly snapshots: RoomState[] = [];
  /** The state after the last event folded so far. */
  private folded: RoomState | null = null;
  /** How many events are folded into snapshots so far. */
  private built = 0;
  /** What the fold since the last snapshot made; `folded` may be written into, no snapshot is. */
  private draft: FoldDraft = newFoldDraft();

  /**
   * `lazy` folds nothing yet: the caller builds the index a piece at a time with `build`, and
   * can answer for the part already built in between (a worker that must stay responsive).
   */
  constructor(
    readonly events: readonly RoomEvent[],
    private readonly every = 100,
    options: { lazy?: boolean } = {},
  ) {
    if (!options.lazy) this.build(events.length);
  }

  get length(): number {
    return this.events.length;
  }

  /** Every event is folded. */
  get complete(): boolean {
    return this.built === this.events.length;
  }

  /** Folds up to `count` more events; returns whether the whole log is folded now. */
  build(count: number): boolean {
    const end = Math.min(this.events.length, this.built + count);
    for (let i = this.built; i < end; i++) {
      this.folded = reduceRoom(this.folded, this.events[i]!, this.draft);
      if (i % this.every === 0) {
        this.snapshots.push(this.folded);
        this.draft = newFoldDraft();
        for (const run of Object.values(this.folded.runs)) {
          settle(run.answers);
          settle(run.answerOrder);
        }
      }
    }
    this.built = end;
    return this.complete;
  }

  /** The state at this seq can be given without folding past what is built. */
  covers(seq: number): boolean {
    return this.clamp(seq) < this.built;
  }

  /** The state right after the event with this seq (clamped to the log); builds up to it if needed. */
  stateAt(seq: number): RoomState {
    const index = this.clamp(seq);
    if (index >= this.built) this.build(index + 1 - this.built);
    const snapshotIndex = Math.floor(index / this.every);
    let state = this.snapshots[snapshotIndex]!;
    // A draft of this seek's own: the caller keeps the state it gets, which no later call touches.
    const draft = newFoldDraft();
    for (let i = snapshotIndex * this.every + 1; i <= index; i++)
      state = reduceRoom(state, this.events[i]!, draft);
    return state;
  }

  /** The event's index in the log for a seq, within the log. */
  private clamp(seq: number): number {
    return Math.min(Math.max(seq, 1), this.events.length) - 1;
  }

  /** The seq of the last event at or before a moment in time (0 before the first). */
  seqAtTime(at: number): number {
    let lo = 0;
    let hi = this.events.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.events[mid]!.at <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
