import { performance } from 'node:perf_hooks';
import { ReplayIndex } from '@samenspel/shared';
import { projectForFacilitator, projectForPresenter } from '@samenspel/shared';
import { percentile } from './percentile.js';
import { syntheticLog } from './synthetic-log.js';

/**
 * Replay: seek to random moments of a 5-hour log of 50,000 events and render the state the
 * trainer sees (the presenter screen and the facilitator console). Target: p99 at most 20 ms, and
 * the index built in at most 1 s.
 */
export function benchReplaySeek(): {
  events: number;
  buildMs: number;
  p50: number;
  p99: number;
  max: number;
} {
  const events = syntheticLog(50_000);
  const t0 = performance.now();
  const index = new ReplayIndex(events);
  const buildMs = performance.now() - t0;
  const timings: number[] = [];
  let seed = 7;
  for (let i = 0; i < 300; i++) {
    seed = (seed * 48_271) % 2_147_483_647;
    const seq = 1 + (seed % events.length);
    const s = performance.now();
    const state = index.stateAt(seq);
    projectForPresenter(state);
    projectForFacilitator(state);
    timings.push(performance.now() - s);
  }
  timings.sort((a, b) => a - b);
  return {
    events: events.length,
    buildMs,
    p50: percentile(timings, 50),
    p99: percentile(timings, 99),
    max: timings[timings.length - 1]!,
  };
}
