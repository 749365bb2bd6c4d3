import { nlCore } from './nl.core';
import { staffNl } from './staff.nl';
import { selfTestNl } from './sections/selfTest.nl';

/**
 * Dutch, the default language of the room, whole. This catalog defines the keys: every other
 * catalog must have exactly these. At run time the parts are loaded separately (`catalogs.ts`):
 * import this file only for its type, or in tests.
 */
export const nl = { ...nlCore, ...staffNl, ...selfTestNl };
