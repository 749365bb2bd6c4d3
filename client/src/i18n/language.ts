import { create } from 'zustand';
import { loadLanguage } from './catalogs';
import { LANGUAGES, type Language } from './types';

const STORAGE_KEY = 'samenspel.lang';

function readStored(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.find((language) => language === stored) ?? 'nl';
  } catch {
    return 'nl';
  }
}

function applyToDocument(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

interface LanguageState {
  language: Language;
  /** Resolves once the screen speaks `language` (or stays as it is, offline). */
  setLanguage(language: Language): Promise<void>;
}

/**
 * The chosen UI language, kept in localStorage and mirrored in <html lang>. `main.tsx` loads the
 * stored language's catalog before the first render.
 */
export const useLanguage = create<LanguageState>((set) => {
  const initial = readStored();
  applyToDocument(initial);
  return {
    language: initial,
    setLanguage(language) {
      try {
        localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Private mode or storage full: the choice still holds for this page.
      }
      // The screen switches once the language's catalog is there, never to half-loaded text;
      // offline, it keeps the language it has and the choice holds for the next load.
      return loadLanguage(language).then(
        () => {
          applyToDocument(language);
          set({ language });
        },
        () => undefined,
      );
    },
  };
});
