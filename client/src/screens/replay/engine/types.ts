import {
  projectForFacilitator,
  projectForPresenter,
  type FacilitatorView,
  type PresenterView,
  type RoomState,
} from '@samenspel/shared';
import type { StoreApi } from 'zustand';

/** What the two screens showed right after event `seq`. */
export interface ReplayViews {
  seq: number;
  presenter: PresenterView;
  facilitator: FacilitatorView;
}

export interface EngineState {
  /** The latest answer; it may trail the playhead by one request while the index works. */
  views: ReplayViews | null;
  /**
   * The views once the presenter screen has shown them and been painted: the console follows
   * these, so its longer rendering never holds up the projector's frame.
   */
  settled: ReplayViews | null;
  /** The index is still being built: a seek waits until it is done. */
  indexing: boolean;
  /** How long building the index took, once it is built (ms). */
  indexMs: number | null;
  /** The log did not fold: the replay cannot be shown. */
  failed: boolean;
}

/**
 * Folds a log for replay and answers "what did the screens show at seq N". Asking again before
 * an answer came replaces the question: only the latest seq is answered.
 */
export interface ReplayEngine {
  readonly state: StoreApi<EngineState>;
  request(seq: number): void;
  /**
   * Runs `callback` once the screens show the latest request and have been painted (at once when
   * nothing is drawn apart). What stands beside the screens follows the playhead this way.
   * Returns the function that cancels it.
   */
  afterScreens(callback: () => void): () => void;
  dispose(): void;
}

/** The same projections the live room sends, of the replayed state. */
export function viewsOf(state: RoomState): ReplayViews {
  return {
    seq: state.seq,
    presenter: projectForPresenter(state),
    facilitator: projectForFacilitator(state),
  };
}
