import type { BlockVisit, Rest } from './state.js';

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
  times: { startedAt: number | null; endedAt: number | null; rests?: readonly Rest[] },
  now: number,
): SessionSpan | null {
  if (times.startedAt === null) return null;
  const endAt = times.endedAt ?? Math.max(now, times.startedAt);
  // A training of several days lasts its days: the weeks it rested between them do not count.
  const rested = restedWithin(times.rests ?? [], times.startedAt, endAt);
  return { startAt: times.startedAt, endAt, ms: Math.max(0, endAt - times.startedAt - rested) };
}

/** How long the room rested between `from` and `to` (a rest still going lasts until `to`). */
export function restedWithin(rests: readonly Rest[], from: number, to: number): number {
  let ms = 0;
  for (const rest of rests) {
    const start = Math.max(rest.from, from);
    const end = Math.min(rest.to ?? to, to);
    if (end > start) ms += end - start;
  }
  return ms;
}

/** One time a block was on screen, with how long it stayed. */
export interface VisitSpan extends BlockVisit {
  /** When the next block came up, its meeting closed, or the session ended (or now). */
  leftAt: number;
  ms: number;
}

/**
 * The visits with their lengths: each lasts until the next block came up (or its meeting closed),
 * the last one until the session's end (`sessionSpan`'s `endAt`). Together they fill the session
 * from its first block on, rests left out, so the lengths add up to the session's length.
 */
export function visitSpans(visits: readonly BlockVisit[], endAt: number): VisitSpan[] {
  return visits.map((visit, i) => {
    const leftAt = visit.closedAt ?? visits[i + 1]?.enteredAt ?? endAt;
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
