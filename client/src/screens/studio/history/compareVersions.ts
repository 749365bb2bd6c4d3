import { diffVersions, type DiffableBlock, type VersionDiff } from './diffVersions';

/**
 * A version's scenario arrives as written (`unknown`: it may be a draft with problems), so its
 * blocks are read defensively: anything without a string id cannot be compared by id.
 */
export function blocksOf(scenario: unknown): DiffableBlock[] {
  if (!isRecord(scenario) || !Array.isArray(scenario.blocks)) return [];
  return scenario.blocks.filter(
    (block): block is DiffableBlock => isRecord(block) && typeof block.id === 'string',
  );
}

export interface ProgrammeComparison extends VersionDiff {
  /** Fields of the programme itself (title, target minutes, the case, …) that differ. */
  programme: string[];
  /** Each block's title: the newer one's, or the older one's for a removed block. */
  titles: Map<string, string>;
}

export function compareVersions(older: unknown, newer: unknown): ProgrammeComparison {
  const olderBlocks = blocksOf(older);
  const newerBlocks = blocksOf(newer);
  const titles = new Map<string, string>();
  for (const block of [...olderBlocks, ...newerBlocks]) {
    titles.set(block.id, typeof block.title === 'string' && block.title ? block.title : block.id);
  }
  return {
    ...diffVersions(olderBlocks, newerBlocks),
    programme: programmeFields(older, newer),
    titles,
  };
}

export function hasChanges(comparison: ProgrammeComparison): boolean {
  return (
    comparison.programme.length +
      comparison.added.length +
      comparison.removed.length +
      comparison.moved.length +
      comparison.changed.length >
    0
  );
}

function programmeFields(older: unknown, newer: unknown): string[] {
  const a = isRecord(older) ? older : {};
  const b = isRecord(newer) ? newer : {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('blocks');
  return [...keys].filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key])).sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
