import type { Language } from '../../../i18n/types';

const formats = new Map<Language, Intl.DateTimeFormat>();

/** A moment as a time of day ("14:05"), in the UI language's way of writing it. */
export function clockTime(at: number, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    // en-GB: a 24-hour clock reads the same as the Dutch one, which a workshop day expects.
    format = new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
      hour: '2-digit',
      minute: '2-digit',
    });
    formats.set(language, format);
  }
  return format.format(at);
}
