import type { nl } from './nl';

export type MessageKey = keyof typeof nl;
/** A full catalog: every key of the Dutch one, each a string. */
export type Catalog = Record<MessageKey, string>;
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
/** Values for {placeholders}. */
export type MessageVars = Record<string, string | number>;
