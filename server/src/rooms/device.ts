import { hash, timingSafeEqual } from 'node:crypto';

/**
 * A phone's device secret as the server keeps it: only a digest, in the join's event. The secret
 * carries at least 192 bits, so the digest needs no key of its own to be useless without it.
 */
export function deviceHash(secret: string): string {
  return hash('sha256', `device:${secret}`, 'base64url');
}

/** Whether a retried join proves the secret of the join it repeats; no secret proves nothing. */
export function provesDevice(secret: string | undefined, kept: string | undefined): boolean {
  if (secret === undefined || kept === undefined) return false;
  const given = Buffer.from(deviceHash(secret));
  const expected = Buffer.from(kept);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
