import { wholeMinutes } from '@samenspel/shared';
import type { Translate } from '../../i18n/useT';

/** A session's length as people say it: "2 u 05 min", "45 min", "< 1 min" (`wholeMinutes`). */
export function formatLength(ms: number, t: Translate): string {
  const minutes = wholeMinutes(ms);
  if (minutes < 1) return t('library.length.underMinute');
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return t('library.length.minutes', { m: minutes });
  return t('library.length.hours', { h: hours, m: String(minutes % 60).padStart(2, '0') });
}

export function dateTimeFormat(language: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
}
