import { randomBytes } from 'node:crypto';

/** A command id as clients make them (16–64 url-safe characters). */
export function newBenchCommandId(): string {
  return randomBytes(12).toString('base64url');
}
