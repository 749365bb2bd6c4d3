import { CSV_EXPORTS, type CsvExport } from '@samenspel/shared';

export type CsvKind = CsvExport;

/** The spreadsheet exports (docs/exports.md), in the order a trainer reads a session. */
export const CSV_KINDS: readonly CsvKind[] = CSV_EXPORTS;

/** Every export is pseudonymised unless the trainer chose names. */
export function withNames(path: string, names: boolean): string {
  return names ? `${path}?names=true` : path;
}
