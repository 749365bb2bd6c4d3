import { describe, expect, it } from 'vitest';
import { formatDuration, timerRemainingMs } from '@samenspel/shared';
import { MIN, SEC, T0 } from './fixtures.js';

describe('timerRemainingMs', () => {
  it('an idle timer has its whole duration left', () => {
    expect(timerRemainingMs({ status: 'idle', durationMs: 5 * MIN }, T0)).toBe(5 * MIN);
  });

  it('a running timer counts down to its deadline and stops at zero', () => {
    const timer = { status: 'running', durationMs: 5 * MIN, endsAt: T0 + 5 * MIN } as const;
    expect(timerRemainingMs(timer, T0)).toBe(5 * MIN);
    expect(timerRemainingMs(timer, T0 + 4 * MIN + 30 * SEC)).toBe(30 * SEC);
    expect(timerRemainingMs(timer, T0 + 5 * MIN)).toBe(0);
    expect(timerRemainingMs(timer, T0 + 6 * MIN)).toBe(0);
  });

  it('a paused timer keeps its time left, whatever the clock says', () => {
    const timer = { status: 'paused', durationMs: 5 * MIN, remainingMs: 90 * SEC } as const;
    expect(timerRemainingMs(timer, T0)).toBe(90 * SEC);
    expect(timerRemainingMs(timer, T0 + 60 * MIN)).toBe(90 * SEC);
  });

  it('an expired timer has nothing left', () => {
    expect(timerRemainingMs({ status: 'expired', durationMs: 5 * MIN, expiredAt: T0 }, T0)).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [1001, '0:02'],
    [59_001, '1:00'],
    [61_000, '1:01'],
    [10 * MIN, '10:00'],
    [59 * MIN + 59 * SEC, '59:59'],
    [59 * MIN + 59 * SEC + 1, '1:00:00'],
    [60 * MIN, '1:00:00'],
    [61 * MIN + 5 * SEC, '1:01:05'],
    [10 * 60 * MIN + 3 * SEC, '10:00:03'],
    [-5000, '0:00'],
  ])('%i ms reads %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('a clock a little behind the server', () => {
  it('never shows more than the whole duration on a timer that just started', () => {
    const timer = { status: 'running', durationMs: 60_000, endsAt: 1_000_000 + 60_000 } as const;
    // The client's estimate of "now" is 300 ms behind the moment the server started the timer.
    expect(timerRemainingMs(timer, 1_000_000 - 300)).toBe(60_000);
    expect(formatDuration(timerRemainingMs(timer, 1_000_000 - 300))).toBe('1:00');
  });
});
