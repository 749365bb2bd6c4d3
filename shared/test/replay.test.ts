import { describe, expect, it } from 'vitest';
import { foldRoom, ReplayIndex } from '@samenspel/shared';
import { workshopLog } from './fixtures.js';

describe('ReplayIndex', () => {
  it('gives at every seq exactly the state of folding the log up to it', () => {
    const log = workshopLog();
    for (const every of [1, 3, 7, 1000]) {
      const index = new ReplayIndex(log, every);
      for (let seq = 1; seq <= log.length; seq++) {
        expect(index.stateAt(seq), `every ${every}, seq ${seq}`).toEqual(
          foldRoom(log.slice(0, seq)),
        );
      }
    }
  });

  it('built a piece at a time, answers for the part built and folds on when asked past it', () => {
    const log = workshopLog();
    const index = new ReplayIndex(log, 3, { lazy: true });
    expect(index.covers(1)).toBe(false);
    expect(index.build(4)).toBe(false);
    expect(index.covers(4)).toBe(true);
    expect(index.covers(5)).toBe(false);
    expect(index.stateAt(2)).toEqual(foldRoom(log.slice(0, 2)));
    // Past what is built: the index builds up to the seq asked for, and no further.
    expect(index.stateAt(9)).toEqual(foldRoom(log.slice(0, 9)));
    expect(index.covers(9)).toBe(true);
    expect(index.covers(10)).toBe(false);
    while (!index.build(5));
    expect(index.complete).toBe(true);
    for (let seq = 1; seq <= log.length; seq++) {
      expect(index.stateAt(seq), `seq ${seq}`).toEqual(foldRoom(log.slice(0, seq)));
    }
  });

  it('finds the last event at or before a moment', () => {
    const log = workshopLog();
    const index = new ReplayIndex(log, 5);
    expect(index.seqAtTime(log[0]!.at - 1)).toBe(0);
    expect(index.seqAtTime(log[4]!.at)).toBeGreaterThanOrEqual(5);
    expect(index.seqAtTime(Number.MAX_SAFE_INTEGER)).toBe(log.length);
  });
});
