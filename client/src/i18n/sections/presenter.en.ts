import type { presenterNl } from './presenter.nl';

/** English strings of the presenter screens; typed so a key missing from Dutch or English fails to compile. */
export const presenterEn: Record<keyof typeof presenterNl, string> = {};
