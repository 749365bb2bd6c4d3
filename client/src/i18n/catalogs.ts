import { formatMessage } from './message';
import { nlCore } from './nl.core';
import type { Catalog, Language, MessageKey, MessageVars } from './types';

/**
 * The catalogs as far as they are loaded. The first download holds only the Dutch that the
 * landing page and the phone show; the trainer's screens load their Dutch part with their own
 * code (`loadStaffCatalog`), and English loads when someone chooses it (`loadLanguage`). A
 * phone in a room of 200 so never downloads the studio's strings or a language nobody reads.
 */
const loaded: Record<Language, Partial<Catalog>> = { nl: { ...nlCore }, en: {} };
const pending = new Map<string, Promise<void>>();

function once(name: string, load: () => Promise<void>): Promise<void> {
  let promise = pending.get(name);
  if (!promise) {
    promise = load().catch((error: unknown) => {
      // A failed download (dead Wi-Fi) may be tried again by the next screen that needs it.
      pending.delete(name);
      throw error;
    });
    pending.set(name, promise);
  }
  return promise;
}

/** Adds a part to a language's catalog (the loaders, and tests that render every screen). */
export function addCatalogPart(language: Language, part: Partial<Catalog>): void {
  Object.assign(loaded[language], part);
}

/** The Dutch of the console, presenter, library, replay and studio, and English for the studio's content texts. */
export function loadStaffCatalog(): Promise<void> {
  return Promise.all([
    once('staff.nl', async () => addCatalogPart('nl', (await import('./staff.nl')).staffNl)),
    // The studio writes placeholder content and the run sheet in the programme's language,
    // which may be English while the screen is Dutch.
    loadLanguage('en'),
  ]).then(() => undefined);
}

/** The Dutch of the public self-test, loaded with its page. */
export function loadSelfTestCatalog(): Promise<void> {
  return once('selfTest.nl', async () =>
    addCatalogPart('nl', (await import('./sections/selfTest.nl')).selfTestNl),
  );
}

/** Makes `language` ready to show; Dutch's first part is always there. */
export function loadLanguage(language: Language): Promise<void> {
  if (language === 'nl') return Promise.resolve();
  return once('en', async () => addCatalogPart('en', (await import('./en')).en));
}

function templateOf(language: Language, key: MessageKey): string {
  const template = loaded[language][key] ?? loaded.nl[key];
  if (template !== undefined) return template;
  if (import.meta.env.DEV) console.warn(`i18n: "${key}" is not loaded yet`);
  return key;
}

/**
 * Looks a key up and fills in {placeholders} and {count, plural, …} forms (`formatMessage`);
 * an unknown placeholder stays visible. A key whose part is not loaded falls back to Dutch,
 * then to the key itself, never to an empty text.
 */
export function translate(language: Language, key: MessageKey, vars?: MessageVars): string {
  const template = templateOf(language, key);
  if (!vars) return template;
  return formatMessage(template, language, vars);
}
