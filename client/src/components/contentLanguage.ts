import { createContext, useContext } from 'react';

/**
 * The language of the workshop content on this screen (the programme's), which may differ from
 * the interface language: texts marked with it are read by screen readers in the right voice.
 */
export const ContentLanguage = createContext<string | undefined>(undefined);

export function useContentLanguage(): string | undefined {
  return useContext(ContentLanguage);
}
