import type { FieldPath } from './setField';

const PREFIX = 'studio-field';

/**
 * The DOM id of the input that edits the value at `path`: ['blocks', 3, 'options', 1, 'label'] →
 * `studio-field-blocks-3-options-1-label`. Built from indices, not from block ids, because a problem
 * is often about an id that is empty, malformed or used twice — exactly when an id-based DOM id
 * would be invalid or collide. Keys are camelCase and never contain a dash, so the result is
 * unambiguous and can be turned back into the path.
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
