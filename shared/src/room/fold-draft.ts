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

/**
 * Objects that no fold writes into any more, though a draft made them: its fold is over, and
 * whoever held the draft said so (`settle`). Only these may be remembered by identity, as the
 * projections' memo of results does (results/tally.ts); a draft that is never settled only
 * means nothing it made is remembered.
 */
const settled = new WeakSet<object>();

/** Says that no fold will write into this object again (its draft is done with). */
export function settle(value: object): void {
  settled.add(value);
}

/** Whether the object may be remembered by identity: no fold writes into it any more. */
export function isSettled(value: object): boolean {
  return settled.has(value);
}

/** The record itself when this fold made it; otherwise a copy that the fold now owns. */
export function ownRecord<T extends object>(value: T, draft: FoldDraft | undefined): T {
  if (draft?.has(value) && !settled.has(value)) return value;
  const copy = copyRecord(value);
  draft?.add(copy);
  return copy;
}

/**
 * A shallow copy. A record keyed by participant ids is a dictionary to V8, and spreading one
 * takes its slow path: 9 µs for 25 answers against 1 µs for this loop (Node 20). A small room
 * votes about one answer per fold, so every vote paid that. The copy has no prototype, like
 * `idRecord()`: a lookup by id finds an entry or nothing, never an inherited property.
 */
function copyRecord<T extends object>(value: T): T {
  const copy = Object.create(null) as Record<string, unknown>;
  const source = value as Record<string, unknown>;
  for (const key in source) copy[key] = source[key];
  return copy as T;
}

/** The array itself when this fold made it; otherwise a copy that the fold now owns. */
export function ownArray<T>(value: readonly T[], draft: FoldDraft | undefined): T[] {
  if (draft?.has(value) && !settled.has(value)) return value as T[];
  const copy = [...value];
  draft?.add(copy);
  return copy;
}

/** An empty record keyed by ids, without a prototype: `record['constructor']` is undefined. */
export function idRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
