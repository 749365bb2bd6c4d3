/**
 * zod compiles faster parsers with `new Function` where a page allows eval. Ours does not (the
 * Content-Security-Policy has `script-src 'self'`), and zod's probe for it would be reported as
 * a policy violation on every screen. zod reads this global when it loads, before any schema
 * exists, so this module is imported first.
 */
interface ZodGlobal {
  __zod_globalConfig?: { jitless?: boolean };
}
const holder = globalThis as ZodGlobal;
// Changed in place where zod already made it, so the setting holds whatever loaded first.
holder.__zod_globalConfig = Object.assign(holder.__zod_globalConfig ?? {}, { jitless: true });
