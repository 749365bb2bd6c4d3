import { useMemo } from 'react';
import { formatDuration } from '@samenspel/shared';
import { useLanguage } from '../../i18n/language';

export interface ClockFormat {
  /** To the second: "14:05:09". */
  long: (at: number) => string;
  /** To the minute, for the timeline's axis: "14:05". */
  short: (at: number) => string;
}

/** Clock times in the reader's language, always on the 24-hour clock of the room. */
export function useClockFormat(): ClockFormat {
  const language = useLanguage((state) => state.language);
  return useMemo(() => {
    const long = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    const short = new Intl.DateTimeFormat(language, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    return { long: (at) => long.format(at), short: (at) => short.format(at) };
  }, [language]);
}

/** Time since the session's first event: "1:32:05". */
export function elapsed(at: number, start: number): string {
  return formatDuration(at - start);
}

/** Counts with the reader's grouping: "50.000" in Dutch, "50,000" in English. */
export function useNumberFormat(): (n: number) => string {
  const language = useLanguage((state) => state.language);
  return useMemo(() => {
    const format = new Intl.NumberFormat(language);
    return (n: number) => format.format(n);
  }, [language]);
}
