import { z } from 'zod/mini';

/**
 * A timer is a deadline, never a tick: "running until T" or "paused with R ms left".
 * Clients count down from their estimate of the server clock.
 */
export const TimerSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('idle'), durationMs: z.int().check(z.minimum(0)) }),
  z.strictObject({
    status: z.literal('running'),
    durationMs: z.int().check(z.minimum(0)),
    endsAt: z.int(),
  }),
  z.strictObject({
    status: z.literal('paused'),
    durationMs: z.int().check(z.minimum(0)),
    remainingMs: z.int().check(z.minimum(0)),
  }),
  z.strictObject({
    status: z.literal('expired'),
    durationMs: z.int().check(z.minimum(0)),
    expiredAt: z.int(),
  }),
]);
export type Timer = z.infer<typeof TimerSchema>;

/** Milliseconds left at `now` (never negative). */
export function timerRemainingMs(timer: Timer, now: number): number {
  switch (timer.status) {
    case 'idle':
      return timer.durationMs;
    case 'running':
      // Never more than the whole duration: a clock estimate a little behind the server would
      // otherwise show 1:01 on a one-minute timer that just started.
      return Math.min(timer.durationMs, Math.max(0, timer.endsAt - now));
    case 'paused':
      return timer.remainingMs;
    case 'expired':
      return 0;
  }
}

/** Formats milliseconds as m:ss (or h:mm:ss), rounding up so 0:00 means really done. */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}
