import { API } from '@samenspel/shared';

/** The library's own client routes; PATHS in @samenspel/shared does not name them yet. */
export const LIBRARY_PATHS = {
  library: '/facilitator/library',
  replay: (roomId: string) => `/facilitator/library/${encodeURIComponent(roomId)}`,
} as const;

export type CsvKind = Parameters<typeof API.exportCsv>[1];

/** The spreadsheet exports (docs/exports.md), in the order a trainer reads a session. */
export const CSV_KINDS: readonly CsvKind[] = [
  'votes',
  'profiles',
  'reflections',
  'intentions',
  'blocks',
];

/** Every export is pseudonymised unless the trainer chose names. */
export function withNames(path: string, names: boolean): string {
  return names ? `${path}?names=true` : path;
}
