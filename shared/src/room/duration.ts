import type { BlockVisit } from './state.js';

/**
 * How long a session lasted, one definition for the library, the report, the CSV files and the
 * console: from `session_started` to `session_ended`, or, while it runs, to now. The lobby
 * before the start (people joining, the trainer waiting) is not part of it, and neither is
 * anything after the end. Null for a session that never started.
 */
export interface SessionSpan {
  startAt: number;
  endAt: number;
  ms: number;
}

export function sessionSpan(
  times: { startedAt: number | null; endedAt: number | null },
  now: number,
): SessionSpan | null {
  if (times.startedAt === null) return null;
  const endAt = times.endedAt ?? Math.max(now, times.startedAt);
  return { startAt: times.startedAt, endAt, ms: Math.max(0, endAt - times.startedAt) };
}

/** One time a block was on screen, with how long it stayed. */
export interface VisitSpan extends BlockVisit {
  /** When the next block came up, or the session ended (or now, while it runs). */
  leftAt: number;
  ms: number;
}

/**
 * The visits with their lengths: each lasts until the next block came up, the last one until
 * the session's end (`sessionSpan`'s `endAt`). Together they fill the session from its first
 * block on, so the lengths add up to the session's length.
 */
export function visitSpans(visits: readonly BlockVisit[], endAt: number): VisitSpan[] {
  return visits.map((visit, i) => {
    const leftAt = visits[i + 1]?.enteredAt ?? endAt;
    return { ...visit, leftAt, ms: Math.max(0, leftAt - visit.enteredAt) };
  });
}

/**
 * A length in whole minutes, rounded to the nearest: the one rounding every screen and file
 * uses, so 10 min 40 s is "11 min" in the library and "11 minuten" in the report.
 */
export function wholeMinutes(ms: number): number {
  return Math.round(Math.max(0, ms) / 60_000);
}
