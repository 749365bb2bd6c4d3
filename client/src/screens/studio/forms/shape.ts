/**
 * A draft can be anything an imported file held: a list where a text belongs, a text where a
 * mapping belongs. The forms read it through these, so a broken programme opens (with the
 * checker's problems at their fields) instead of taking the studio down.
 */
export type Entry = Record<string | number, unknown>;

export function isEntry(value: unknown): value is Entry {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The list at a field, or none when something else stands there. */
export function listOf<T>(value: readonly T[] | undefined): readonly T[] {
  return Array.isArray(value) ? value : [];
}
