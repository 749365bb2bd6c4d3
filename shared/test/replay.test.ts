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

  it('finds the last event at or before a moment', () => {
    const log = workshopLog();
    const index = new ReplayIndex(log, 5);
    expect(index.seqAtTime(log[0]!.at - 1)).toBe(0);
    expect(index.seqAtTime(log[4]!.at)).toBeGreaterThanOrEqual(5);
    expect(index.seqAtTime(Number.MAX_SAFE_INTEGER)).toBe(log.length);
  });
});
