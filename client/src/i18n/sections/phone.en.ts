import type { phoneNl } from './phone.nl';

/** English strings of the phone screens; typed so a key missing from Dutch or English fails to compile. */
export const phoneEn: Record<keyof typeof phoneNl, string> = {};
