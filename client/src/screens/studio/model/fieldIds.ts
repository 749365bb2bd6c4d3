import type { FieldPath } from './setField';

const PREFIX = 'studio-field';

/**
 * The DOM id of the input that edits the value at `path`: ['blocks', 3, 'options', 1, 'label'] →
 * `studio-field-blocks-3-options-1-label`. Built from indices, not from block ids, because a problem
 * is often about an id that is empty, malformed or used twice — exactly when an id-based DOM id
 * would be invalid or collide. Keys are camelCase and never contain a dash, so the result is
 * unambiguous and can be turned back into the path (only an unknown key the trainer typed with a
 * dash would not be; such a key has no input of its own anyway).
 */
export function fieldIdForPath(path: FieldPath): string {
  return [PREFIX, ...path.map(String)].join('-');
}

/** The path a field id was built from, or null when the id is not a studio field's. */
export function pathForFieldId(fieldId: string): FieldPath | null {
  if (fieldId !== PREFIX && !fieldId.startsWith(`${PREFIX}-`)) return null;
  const rest = fieldId.slice(PREFIX.length + 1);
  if (rest === '') return [];
  return rest.split('-').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The field to focus for a problem: the one at its path, or else the closest enclosing one that is
 * on the page. A problem may name a whole block (a casus without its case) or a list (too few
 * options), which have no input of their own.
 */
export function focusTargetForPath(
  path: FieldPath,
  isOnPage: (fieldId: string) => boolean,
): string | null {
  for (let length = path.length; length >= 0; length -= 1) {
    const fieldId = fieldIdForPath(path.slice(0, length));
    if (isOnPage(fieldId)) return fieldId;
  }
  return null;
}
