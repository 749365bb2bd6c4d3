import { afterEach, describe, expect, it, vi } from 'vitest';
import { bestEstimate, estimateFromSample, keepClockInStep, measureClock } from '../src/net/clock';

describe('clock offset', () => {
  it('takes the server time to be the midpoint of the round trip', () => {
    // Sent at 1000, back at 1100: the server said 5050 at local 1050.
    expect(estimateFromSample({ sentAt: 1000, receivedAt: 1100, serverNow: 5050 })).toEqual({
      offsetMs: 4000,
      rttMs: 100,
    });
  });

  it('works for a server clock behind ours', () => {
    const estimate = estimateFromSample({ sentAt: 10_000, receivedAt: 10_040, serverNow: 7_020 });
    expect(estimate.offsetMs).toBe(-3000);
  });

  it('trusts the sample with the shortest round trip', () => {
    const best = bestEstimate([
      { sentAt: 0, receivedAt: 400, serverNow: 1_000 }, // offset 800, rtt 400
      { sentAt: 1000, receivedAt: 1020, serverNow: 2_010 }, // offset 1000, rtt 20
      { sentAt: 2000, receivedAt: 2100, serverNow: 3_100 }, // offset 1050, rtt 100
    ]);
    expect(best).toEqual({ offsetMs: 1000, rttMs: 20 });
    expect(bestEstimate([])).toBeNull();
  });

  it('measures against a server, skipping lost samples', async () => {
    let local = 0;
    const now = () => local;
    const serverOffset = 60_000;
    let asked = 0;
    const ask = async () => {
      asked++;
      if (asked === 2) throw new Error('timeout');
      local += 30; // half of a 60 ms round trip
      const serverNow = local + serverOffset;
      local += 30;
      return serverNow;
    };
    const estimate = await measureClock(ask, 3, now);
    expect(asked).toBe(3);
    expect(estimate).toEqual({ offsetMs: serverOffset, rttMs: 60 });
  });

  it('gives null when the server never answers', async () => {
    const estimate = await measureClock(
      () => Promise.reject(new Error('down')),
      3,
      () => 0,
    );
    expect(estimate).toBeNull();
  });

  describe('over a long session', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('checks the clock again every ten minutes, follows a clock that was set, and stops', async () => {
      vi.useFakeTimers({ now: 0 });
      let serverAhead = 4000;
      const ask = vi.fn(() => Promise.resolve(Date.now() + serverAhead));
      const offsets: number[] = [];
      const stop = keepClockInStep(ask, (estimate) => offsets.push(estimate.offsetMs));
      await vi.advanceTimersByTimeAsync(0);
      expect(offsets).toEqual([4000]);

      // The phone's clock is set back a minute: the server now looks a minute further ahead.
      serverAhead = 64_000;
      await vi.advanceTimersByTimeAsync(10 * 60_000);
      expect(offsets).toEqual([4000, 64_000]);

      stop();
      const asked = ask.mock.calls.length;
      await vi.advanceTimersByTimeAsync(60 * 60_000);
      expect(ask.mock.calls.length).toBe(asked);
      expect(offsets).toHaveLength(2);
    });
  });
});
