import { en } from './en';
import { nl } from './nl';
import type { Catalog, Language, MessageKey, MessageVars } from './types';

export const catalogs: Record<Language, Catalog> = { nl, en };

/** Looks a key up and fills in {placeholders}; an unknown placeholder stays visible. */
export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  const template = catalogs[language][key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}
