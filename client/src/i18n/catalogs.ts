import { en } from './en';
import { nl } from './nl';
import { formatMessage } from './message';
import type { Catalog, Language, MessageKey, MessageVars } from './types';

export const catalogs: Record<Language, Catalog> = { nl, en };

/**
 * Looks a key up and fills in {placeholders} and {count, plural, …} forms (`formatMessage`);
 * an unknown placeholder stays visible.
 */
export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[language][key];
  if (!vars) return template;
  return formatMessage(template, language, vars);
}
