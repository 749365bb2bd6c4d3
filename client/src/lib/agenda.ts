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
  visits.forEach((visit, i) => {
    const end = visits[i + 1]?.enteredAt ?? until;
    const ms = Math.max(0, end - visit.enteredAt);
    spent.set(visit.blockIndex, (spent.get(visit.blockIndex) ?? 0) + ms);
  });
  return spent;
}
