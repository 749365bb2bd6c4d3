import { ErrorCodeSchema } from '@samenspel/shared';
import type { CommandError } from '../net/commandQueue';
import type { MessageKey } from './types';

/** Each refusal code has its own sentence in every catalog; the type checks that it does. */
export function errorKey(code: CommandError['code']): MessageKey {
  return `error.${code}`;
}

/** A handshake refusal arrives as a bare message; a known code gets its sentence. */
export function refusalKey(reason: string): MessageKey {
  const parsed = ErrorCodeSchema.safeParse(reason);
  return parsed.success ? errorKey(parsed.data) : 'error.unauthorized';
}
