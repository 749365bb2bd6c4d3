import { create } from 'zustand';
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
  setLanguage(language: Language): void;
}

/** The chosen UI language, kept in localStorage and mirrored in <html lang>. */
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
      applyToDocument(language);
      set({ language });
    },
  };
});
