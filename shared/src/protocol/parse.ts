import type { z } from 'zod/mini';
import { englishIssues } from './issue-messages.js';
import { protocolError, type ProtocolError } from './errors.js';

/** Parses input at a boundary; on failure names the first offending field. */
export function parseAtBoundary<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; error: ProtocolError } {
  const result = schema.safeParse(input, englishIssues());
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  // An unknown key is reported on the object around it; the key itself is the offending field.
  const path = issue
    ? issue.code === 'unrecognized_keys'
      ? [...issue.path, ...issue.keys.slice(0, 1)]
      : issue.path
    : [];
  const field = path.length > 0 ? path.map(String).join('.') : undefined;
  const where = field ? `${field}: ` : '';
  return {
    ok: false,
    error: protocolError('invalid_payload', `${where}${issue?.message ?? 'invalid input'}`, field),
  };
}
