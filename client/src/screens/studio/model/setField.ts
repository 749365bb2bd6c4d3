/** A field's place in the draft, in the checker's problem-path form: ['blocks', 3, 'options', 1, 'label']. */
export type FieldPath = readonly (string | number)[];

/** The same value with `value` at `path`; every object and array on the way is copied, nothing mutated. */
export function setAtPath<T>(root: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const child: unknown = (root as Record<string | number, unknown> | undefined)?.[head];
  const next = setAtPath(child, rest, value);
  if (Array.isArray(root) && typeof head === 'number') {
    const copy: unknown[] = [...root];
    copy[head] = next;
    return copy as T;
  }
  return { ...(root as object), [head]: next } as T;
}
