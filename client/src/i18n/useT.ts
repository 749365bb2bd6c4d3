import { useCallback } from 'react';
import { translate } from './catalogs';
import { useLanguage } from './language';
import type { MessageKey, MessageVars } from './types';

export type Translate = (key: MessageKey, vars?: MessageVars) => string;

/** The translate function for the chosen language; re-renders when the language changes. */
export function useT(): Translate {
  const language = useLanguage((state) => state.language);
  return useCallback((key, vars) => translate(language, key, vars), [language]);
}
