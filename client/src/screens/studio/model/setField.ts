/** A field's place in the draft, in the checker's problem-path form: ['blocks', 3, 'options', 1, 'label']. */
export type FieldPath = readonly (string | number)[];

type Node = Record<string | number, unknown>;

function isObject(value: unknown): value is Node {
  return value !== null && typeof value === 'object';
}

/**
 * The same value without the key at the end of `path`; every object on the way is copied,
 * nothing mutated. A path that is not there leaves `root` as it is (the same reference), so
 * emptying an optional field that was never set is no edit at all. An index at the end is kept
 * as a hole rather than shifting the list: removing an entry is `removeListItem`'s job.
 */
export function removeAtPath<T>(root: T, path: FieldPath): T {
  const [head, ...rest] = path;
  if (head === undefined || !isObject(root) || !(head in root)) return root;
  if (rest.length > 0) {
    const child = root[head];
    const next = removeAtPath(child, rest);
    return next === child ? root : setAtPath(root, [head], next);
  }
  if (Array.isArray(root)) return setAtPath(root, [head], undefined);
  const { [head]: _gone, ...kept } = root;
  return kept as T;
}

/**
 * The same value with `value` at `path`; every object and array on the way is copied, nothing
 * mutated. `undefined` for an object's key removes the key (an emptied optional field), so the
 * draft never holds `key: undefined`, which YAML, JSON and a comparison of versions would each
 * treat differently.
 */
export function setAtPath<T>(root: T, path: FieldPath, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (value === undefined && !(Array.isArray(root) && rest.length === 0)) {
    return removeAtPath(root, path);
  }
  const child: unknown = (root as Node | undefined)?.[head];
  const next = setAtPath(child, rest, value);
  if (Array.isArray(root) && typeof head === 'number') {
    const copy: unknown[] = [...root];
    copy[head] = next;
    return copy as T;
  }
  return { ...(root as object), [head]: next } as T;
}
