/**
 * Compares two versions of a programme by block id: which blocks were added, removed or moved,
 * and which fields of a kept block changed. Pure, so the history panel's comparison is tested
 * without a server.
 */

export interface DiffableBlock {
  id: string;
  [field: string]: unknown;
}

export interface BlockChange {
  id: string;
  fields: string[];
}

export interface VersionDiff {
  added: string[];
  removed: string[];
  /** Kept blocks whose position among the kept blocks differs. */
  moved: string[];
  changed: BlockChange[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function diffVersions(
  older: readonly DiffableBlock[],
  newer: readonly DiffableBlock[],
): VersionDiff {
  const olderById = new Map(older.map((block) => [block.id, block]));
  const newerIds = new Set(newer.map((block) => block.id));
  const added = newer.filter((block) => !olderById.has(block.id)).map((block) => block.id);
  const removed = older.filter((block) => !newerIds.has(block.id)).map((block) => block.id);
  // Position is compared among kept blocks only, so an insertion elsewhere is not a move.
  const keptOlder = older.filter((block) => newerIds.has(block.id)).map((block) => block.id);
  const keptNewer = newer.filter((block) => olderById.has(block.id)).map((block) => block.id);
  const moved = keptNewer.filter((id, index) => keptOlder[index] !== id);
  const changed: BlockChange[] = [];
  for (const block of newer) {
    const before = olderById.get(block.id);
    if (!before) continue;
    const keys = new Set([...Object.keys(before), ...Object.keys(block)]);
    const fields = [...keys].filter((key) => key !== 'id' && !same(before[key], block[key])).sort();
    if (fields.length > 0) changed.push({ id: block.id, fields });
  }
  return { added, removed, moved, changed };
}
