import { ReplayIndex, type RoomEvent } from '@samenspel/shared';
import { createStore } from 'zustand/vanilla';
import type { EngineState, ReplayEngine } from './types';
import { ViewsMemo } from './viewsMemo';

/**
 * The replay on the page's own thread: the index is built here, at once, and every request is
 * answered before `request` returns. Used where there are no module workers (tests) and as the
 * fallback when the worker cannot start.
 */
export function inThreadEngine(events: readonly RoomEvent[]): ReplayEngine {
  const started = performance.now();
  const views = new ViewsMemo(new ReplayIndex(events));
  const state = createStore<EngineState>(() => ({
    views: null,
    settled: null,
    indexing: false,
    indexMs: performance.now() - started,
    failed: false,
  }));
  return {
    state,
    // Answered before `request` returns: the screens are never behind, nothing needs to wait.
    request(seq) {
      const next = views.at(seq);
      state.setState({ views: next, settled: next });
    },
    afterScreens(callback) {
      callback();
      return () => undefined;
    },
    dispose() {},
  };
}
