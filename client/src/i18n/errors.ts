import { ErrorCodeSchema } from '@samenspel/shared';
import type { CommandError } from '../net/commandQueue';
import type { MessageKey } from './types';
import type { Translate } from './useT';

/** Each refusal code has its own sentence in every catalog; the type checks that it does. */
export function errorKey(code: CommandError['code']): MessageKey {
  return `error.${code}`;
}

/** A handshake refusal arrives as a bare message; a known code gets its sentence. */
export function refusalKey(reason: string): MessageKey {
  const parsed = ErrorCodeSchema.safeParse(reason);
  return parsed.success ? errorKey(parsed.data) : 'error.unauthorized';
}

/**
 * A refused command in words. A refusal that asks to wait minutes rather than a moment (the join
 * budget of a network) says for how long, so nobody keeps tapping in vain.
 */
export function errorText(t: Translate, error: CommandError): string {
  const waitMs = 'retryAfterMs' in error ? error.retryAfterMs : undefined;
  if (error.code === 'rate_limited' && waitMs !== undefined && waitMs >= 60_000) {
    return t('error.rateLimitedFor', { minutes: Math.ceil(waitMs / 60_000) });
  }
  return t(errorKey(error.code));
}
