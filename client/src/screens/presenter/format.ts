import { timerRemainingMs, type Timer } from '@samenspel/shared';
import type { Language } from '../../i18n/types';

/**
 * When a running break ends, on the wall clock, rounded to the minute: people read "until 10:45",
 * not "until 10:44:37". Null while the timer is not running, since a paused or idle end would drift.
 */
export function breakEndsAt(timer: Timer | null): number | null {
  if (timer?.status !== 'running') return null;
  return Math.round(timer.endsAt / 60_000) * 60_000;
}

/** Whole minutes on the timer, rounded up: "15 minutes" for a break that has 14:30 left. */
export function minutesLeft(timer: Timer, now: number): number {
  return Math.ceil(timerRemainingMs(timer, now) / 60_000);
}

/** A time of day such as 10:45, in the room's language and the projector's time zone. */
export function formatClockTime(ms: number, language: Language): string {
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}

/** A share (0–1) as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}
