/**
 * The objects one fold has made and nobody has seen yet. Folding a burst of 1,000 votes copied
 * the room's answers 1,000 times (a cost that grows with the square of the room); with a draft,
 * the first event of the fold copies and the rest write into that copy. Only for a fold whose
 * in-between states nobody keeps: the server's batch, a whole log folded at once.
 */
export type FoldDraft = WeakSet<object>;

export function newFoldDraft(): FoldDraft {
  return new WeakSet();
}

/** The record itself when this fold made it; otherwise a copy that the fold now owns. */
export function ownRecord<T extends object>(value: T, draft: FoldDraft | undefined): T {
  if (draft?.has(value)) return value;
  const copy = { ...value };
  draft?.add(copy);
  return copy;
}

/** The array itself when this fold made it; otherwise a copy that the fold now owns. */
export function ownArray<T>(value: readonly T[], draft: FoldDraft | undefined): T[] {
  if (draft?.has(value)) return value as T[];
  const copy = [...value];
  draft?.add(copy);
  return copy;
}
