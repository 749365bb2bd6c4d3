import { wholeMinutes } from '@samenspel/shared';

/**
 * Times and numbers as a Dutch reader expects them. Sessions are held in the Netherlands, so
 * every clock time in an export or report is Dutch time (CET/CEST), whatever the server's zone.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

function parts(at: number): Record<string, string> {
  const formatter = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return Object.fromEntries(formatter.formatToParts(new Date(at)).map((p) => [p.type, p.value]));
}

/** 2026-01-13 */
export function isoDate(at: number): string {
  const p = parts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** 2026-01-13 09:05:12, which spreadsheets read as a date and time. */
export function dateTime(at: number): string {
  const p = parts(at);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}:${p.second}`;
}

/** 09:05:12 */
export function clockTime(at: number): string {
  const p = parts(at);
  return `${p.hour}:${p.minute}:${p.second}`;
}

/** 09:05 */
export function clockMinutes(at: number): string {
  const p = parts(at);
  return `${p.hour}:${p.minute}`;
}

/** dinsdag 13 januari 2026 */
export function longDate(at: number): string {
  return new Intl.DateTimeFormat('nl-NL', {
    timeZone: TIME_ZONE,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(at));
}

/** "12 min 30 s": a length of time no spreadsheet mistakes for a clock time. */
export function minutesSeconds(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** "5 uur en 12 minuten", "45 minuten", "1 uur", "minder dan een minuut". */
export function durationText(ms: number): string {
  const minutes = wholeMinutes(ms);
  if (minutes < 1) return 'minder dan een minuut';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minuteText = `${rest} ${rest === 1 ? 'minuut' : 'minuten'}`;
  if (hours === 0) return minuteText;
  return rest === 0 ? `${hours} uur` : `${hours} uur en ${minuteText}`;
}

/** A number with a decimal comma: 3,8. */
export function decimal(value: number, digits = 1): string {
  return value.toFixed(digits).replace('.', ',');
}

/** A share of 0–1 as a whole percentage. */
export function percent(share: number): number {
  return Math.round(share * 100);
}

const dutchPlural = new Intl.PluralRules('nl');

/** The form of a word (or words) that goes with a number, by Dutch plural rules. */
export function pluralWord(n: number, one: string, other: string): string {
  return dutchPlural.select(n) === 'one' ? one : other;
}

/** "1 deelnemer", "12 deelnemers": the number with the right form of the word. */
export function counted(n: number, one: string, other: string): string {
  return `${n} ${pluralWord(n, one, other)}`;
}
