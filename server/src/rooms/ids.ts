import { randomBytes, randomInt } from 'node:crypto';

/** Opaque ids like "r_8f3a2c9e1b4d7f60": 64 random bits, plenty within one server. */
export function randomId(prefix: string): string {
  return `${prefix}_${randomBytes(8).toString('hex')}`;
}

/** Whether `id` has the shape randomId(prefix) gives. */
export function isRandomId(prefix: string, id: string): boolean {
  return (
    id.length === prefix.length + 17 &&
    id.startsWith(`${prefix}_`) &&
    /^[0-9a-f]{16}$/.test(id.slice(-16))
  );
}

/** A Fisher–Yates shuffle on the crypto RNG: role and group draws nobody can predict. */
export function shuffle<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
