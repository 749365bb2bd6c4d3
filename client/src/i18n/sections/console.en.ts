import type { consoleNl } from './console.nl';

/** English strings of the console screens; typed so a key missing from Dutch or English fails to compile. */
export const consoleEn: Record<keyof typeof consoleNl, string> = {};
