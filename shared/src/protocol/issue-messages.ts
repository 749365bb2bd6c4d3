import english from 'zod/v4/locales/en.js';
import type { z } from 'zod/mini';

type ParseOptions = z.core.ParseContext<z.core.$ZodIssue>;
let inEnglish: ParseOptions | undefined;

/**
 * Parse options that word each issue in English. zod/mini leaves the wording out unless asked
 * (it would otherwise cost every phone the whole English table), so the places that show or send
 * an issue's message ask for it here: the server's boundaries and the scenario and log checks.
 * A schema's own message ("a name has at most 40 characters") still comes first.
 */
export function englishIssues(): ParseOptions {
  inEnglish ??= { error: english().localeError };
  return inEnglish;
}
