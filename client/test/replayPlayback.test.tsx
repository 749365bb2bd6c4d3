// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook } from '@testing-library/react';
import { createCursor, seekTime, togglePlay } from '../src/screens/replay/cursor';
import { describeLog } from '../src/screens/replay/replayLog';
import { usePlayback } from '../src/screens/replay/usePlayback';
import { selectSeq, useThrottledCursor } from '../src/screens/replay/useThrottled';
import { MIN, pollLog, SEC, SEQ, T0 } from './replayFixtures';

const log = describeLog('r_replay', pollLog());

/** Animation frames run by hand, at the times the test gives. */
let frames: Array<(now: number) => void> = [];
const runFrame = (now: number) => {
  const due = frames;
  frames = [];
  act(() => due.forEach((frame) => frame(now)));
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (frame: (now: number) => void) => frames.push(frame));
  vi.stubGlobal('cancelAnimationFrame', () => {
    frames = [];
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('playing a replay', () => {
  it('moves on by the real time between frames times the speed, event by event', () => {
    const cursor = createCursor(log, SEQ.welcome);
    renderHook(() => usePlayback(cursor, log));
    act(() => cursor.setState({ speed: 60 }));
    act(() => togglePlay(cursor, log));
    runFrame(1000); // the first frame only sets the clock
    runFrame(1000 + 5 * SEC); // five real seconds at 60×: five minutes on
    expect(cursor.getState().at).toBe(T0 + 2 * MIN + 5 * MIN);
    // The events up to that moment have passed: the poll block came on at +7 min.
    expect(cursor.getState().seq).toBe(SEQ.poll);
    runFrame(1000 + 60 * SEC);
    expect(cursor.getState()).toMatchObject({ playing: false, seq: log.events.length });
    expect(cursor.getState().at).toBe(log.end);
  });

  it('starts again from the beginning when play is pressed at the end', () => {
    const cursor = createCursor(log, log.events.length);
    act(() => togglePlay(cursor, log));
    expect(cursor.getState()).toMatchObject({ playing: true, seq: 1, at: log.start });
  });
});

describe('the heavy parts of the page', () => {
  it('follow at once when the playhead stands still', () => {
    const cursor = createCursor(log);
    const { result } = renderHook(() => useThrottledCursor(cursor, selectSeq, 200));
    // Two votes came in at +8 min: the playhead shows the state after both.
    act(() => seekTime(cursor, log, T0 + 8 * MIN));
    expect(result.current).toBe(10);
  });

  it('follow a drag only when the pointer rests', () => {
    vi.useFakeTimers();
    const cursor = createCursor(log);
    const { result } = renderHook(() => useThrottledCursor(cursor, selectSeq, 200));
    act(() => cursor.setState({ scrubbing: true }));
    for (let minute = 1; minute <= 10; minute++) {
      act(() => {
        seekTime(cursor, log, T0 + minute * MIN);
        vi.advanceTimersByTime(50);
      });
    }
    expect(result.current).toBe(1);
    act(() => vi.advanceTimersByTime(120));
    expect(result.current).toBe(SEQ.revealed);
  });

  it('follow play at most every interval', () => {
    vi.useFakeTimers();
    const cursor = createCursor(log);
    const { result } = renderHook(() => useThrottledCursor(cursor, selectSeq, 200));
    act(() => seekTime(cursor, log, T0 + 1 * MIN, true));
    act(() => vi.advanceTimersByTime(200));
    expect(result.current).toBe(4);
    act(() => seekTime(cursor, log, T0 + 2 * MIN, true));
    act(() => seekTime(cursor, log, T0 + 8 * MIN, true));
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(4);
    act(() => vi.advanceTimersByTime(100));
    expect(result.current).toBe(10);
  });
});
