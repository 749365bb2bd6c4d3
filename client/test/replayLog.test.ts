import { describe, expect, it } from 'vitest';
import { ReplayIndex } from '@samenspel/shared';
import {
  blockAt,
  describeLog,
  nextBlockSeq,
  previousBlockSeq,
  seqAtTime,
} from '../src/screens/replay/replayLog';
import { busyCount, tickCounts } from '../src/screens/replay/timelineDraw';
import { seqFromHash } from '../src/screens/replay/useSeqInAddress';
import { MIN, pollLog, SEQ, T0 } from './replayFixtures';

describe('a log prepared for replay', () => {
  const events = pollLog();
  const log = describeLog('r_replay', events);

  it('finds the same seq for a moment as ReplayIndex does', () => {
    const index = new ReplayIndex(events);
    for (let at = T0 - MIN; at <= T0 + 16 * MIN; at += 15_000) {
      expect(seqAtTime(log, at), `at +${(at - T0) / 1000}s`).toBe(Math.max(1, index.seqAtTime(at)));
    }
  });

  it('names the block on screen and moves block by block', () => {
    expect(blockAt(log, SEQ.welcome - 1)).toBeNull();
    expect(blockAt(log, SEQ.welcome)?.title).toBe('Welkom');
    expect(blockAt(log, SEQ.revealed)?.title).toBe('Wat doe jij?');
    expect(nextBlockSeq(log, 1)).toBe(SEQ.welcome);
    expect(nextBlockSeq(log, SEQ.welcome)).toBe(SEQ.poll);
    expect(nextBlockSeq(log, SEQ.closing)).toBe(events.length);
    expect(previousBlockSeq(log, SEQ.revealed)).toBe(SEQ.poll);
    expect(previousBlockSeq(log, SEQ.poll)).toBe(SEQ.welcome);
    expect(previousBlockSeq(log, SEQ.welcome)).toBe(1);
  });

  it('knows the names, the end and the span', () => {
    expect(log.names.get('p_bram')).toEqual({ name: 'Bram', n: 2 });
    expect(log.names.get('p_anon')).toEqual({ name: null, n: 3 });
    expect(log.endedSeq).toBe(SEQ.ended);
    expect(log.end - log.start).toBe(15 * MIN);
  });

  it('reads the moment to open at from the address', () => {
    expect(seqFromHash('#seq=1234')).toBe(1234);
    expect(seqFromHash('')).toBe(1);
    expect(seqFromHash('#key=abc')).toBe(1);
  });

  it('counts every event into exactly one pixel column', () => {
    for (const columns of [1, 7, 300, 5000]) {
      const counts = tickCounts(log, columns);
      expect(counts.length).toBe(columns);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(events.length);
    }
    // One burst does not set the scale for the rest.
    const quiet = Array.from({ length: 60 }, (_, i) => (i % 7 === 0 ? 0 : 1 + (i % 3)));
    expect(busyCount(Uint32Array.from([...quiet, 900]))).toBe(3);
    // The three joins at +1 min share a column; the end falls in the last one.
    const counts = tickCounts(log, 15);
    expect(counts[1]).toBe(3);
    expect(counts[14]).toBe(1);
  });
});
