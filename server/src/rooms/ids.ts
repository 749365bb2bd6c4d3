import { randomBytes } from 'node:crypto';

/** Opaque ids like "r_8f3a2c9e1b4d7f60": 64 random bits, plenty within one server. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}
