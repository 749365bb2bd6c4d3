import { describe, expect, it } from 'vitest';
import { timelineChart, type TimelineSegment } from '../src/reports/svg/timeline.js';

const DAY = 24 * 60 * 60_000;

function ticks(actualMs: number): number {
  const actual: TimelineSegment[] = [{ number: 1, kind: 'casus', startMs: 0, ms: actualMs }];
  const chart = String(timelineChart([], actual, 'De dag'));
  return chart.match(/<line/g)?.length ?? 0;
}

describe('the report’s timeline', () => {
  it('keeps its axis to a handful of ticks however long the session ran', () => {
    // A five-hour day, a session left open for a month, and one that ran for a lifetime.
    for (const ms of [5 * 60 * 60_000, 30 * DAY, 20_000 * DAY]) {
      // The axis line itself and at most eleven ticks.
      expect(ticks(ms)).toBeLessThanOrEqual(12);
    }
  });
});
