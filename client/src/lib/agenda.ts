import { visitSpans } from '@samenspel/shared';

export interface Visit {
  blockIndex: number;
  enteredAt: number;
}

/**
 * Time actually spent per block: each visit lasts until the next one began, the last one until
 * `until` (now while the session runs, its end time once it has ended).
 */
export function actualMsPerBlock(visits: readonly Visit[], until: number): Map<number, number> {
  const spent = new Map<number, number>();
  // The same visit lengths as the report and the CSV files (shared `visitSpans`).
  for (const { blockIndex, ms } of visitSpans(visits, until)) {
    spent.set(blockIndex, (spent.get(blockIndex) ?? 0) + ms);
  }
  return spent;
}
