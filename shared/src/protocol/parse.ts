import type { z } from 'zod';
import { protocolError, type ProtocolError } from './errors.js';

/** Parses input at a boundary; on failure names the first offending field. */
export function parseAtBoundary<T>(
  schema: z.ZodType<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; error: ProtocolError } {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
  const where = field ? `${field}: ` : '';
  return {
    ok: false,
    error: protocolError('invalid_payload', `${where}${issue?.message ?? 'invalid input'}`, field),
  };
}
