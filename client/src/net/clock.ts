/**
 * Estimating the server clock, NTP-style: the server's time is taken to be the midpoint of the
 * round trip. Of several samples the one with the shortest round trip is the most trustworthy.
 */

export interface ClockSample {
  /** Local time when the question was sent. */
  sentAt: number;
  /** Local time when the answer came back. */
  receivedAt: number;
  /** The server's time in its answer. */
  serverNow: number;
}

export interface ClockEstimate {
  /** Add to Date.now() to get the server's time. */
  offsetMs: number;
  rttMs: number;
}

export function estimateFromSample(sample: ClockSample): ClockEstimate {
  const rttMs = Math.max(0, sample.receivedAt - sample.sentAt);
  const midpoint = (sample.sentAt + sample.receivedAt) / 2;
  return { offsetMs: Math.round(sample.serverNow - midpoint), rttMs };
}

export function bestEstimate(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const sample of samples) {
    const estimate = estimateFromSample(sample);
    if (best === null || estimate.rttMs < best.rttMs) best = estimate;
  }
  return best;
}

/**
 * Asks the server for its time a few times in a row and returns the best estimate,
 * or null when no answer came back.
 */
export async function measureClock(
  askServerNow: () => Promise<number>,
  count = 3,
  now: () => number = Date.now,
): Promise<ClockEstimate | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i++) {
    const sentAt = now();
    try {
      const serverNow = await askServerNow();
      samples.push({ sentAt, receivedAt: now(), serverNow });
    } catch {
      // A lost sample is fine; the others still count.
    }
  }
  return bestEstimate(samples);
}

/** How often a connected page checks the server clock again. */
export const CLOCK_RECHECK_MS = 10 * 60_000;

/**
 * Measures the clock now and again every `intervalMs` until stopped: a workshop runs five hours,
 * and a phone or laptop may set its clock meanwhile, which would skew every countdown it shows.
 */
export function keepClockInStep(
  askServerNow: () => Promise<number>,
  onEstimate: (estimate: ClockEstimate) => void,
  intervalMs = CLOCK_RECHECK_MS,
): () => void {
  let stopped = false;
  const measure = () =>
    void measureClock(askServerNow).then((estimate) => {
      if (estimate && !stopped) onEstimate(estimate);
    });
  measure();
  const timer = setInterval(measure, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
