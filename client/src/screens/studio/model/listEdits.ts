import { setAtPath, type FieldPath } from './setField';

/** Pure edits of a list inside the draft (a poll's options, a role block's cards…), found by path. */

function listAt(root: unknown, path: FieldPath): readonly unknown[] | null {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string | number, unknown>)[part];
  }
  return Array.isArray(node) ? node : null;
}

/** Adds `item` at `index` (at the end when left out); a path that is no list leaves the draft as it is. */
export function addListItem<T>(draft: T, path: FieldPath, item: unknown, index?: number): T {
  const list = listAt(draft, path);
  if (!list) return draft;
  const items = [...list];
  items.splice(index ?? items.length, 0, item);
  return setAtPath(draft, path, items);
}

export function removeListItem<T>(draft: T, path: FieldPath, index: number): T {
  const list = listAt(draft, path);
  if (!list || index < 0 || index >= list.length) return draft;
  return setAtPath(
    draft,
    path,
    list.filter((_, i) => i !== index),
  );
}

/** Moves the item at `from` to `to` (clamped to the list). */
export function moveListItem<T>(draft: T, path: FieldPath, from: number, to: number): T {
  const list = listAt(draft, path);
  if (!list || from < 0 || from >= list.length) return draft;
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (target === from) return draft;
  const items = [...list];
  const [moved] = items.splice(from, 1);
  items.splice(target, 0, moved);
  return setAtPath(draft, path, items);
}
