/**
 * The library's own client routes and the export routes it links to. PATHS and API in
 * @samenspel/shared do not name these yet, so they live here, in one place.
 */
export const LIBRARY_PATHS = {
  library: '/facilitator/library',
  replay: (roomId: string) => `/facilitator/library/${encodeURIComponent(roomId)}`,
} as const;

const roomPath = (roomId: string) => `/api/rooms/${encodeURIComponent(roomId)}`;
const withNames = (path: string, names: boolean) => (names ? `${path}?names=true` : path);

/**
 * The spreadsheet exports the server offers (docs/exports.md), each
 * `/api/rooms/:roomId/export/<kind>.csv`, in the order a trainer reads a session.
 */
export const CSV_KINDS = ['votes', 'profiles', 'reflections', 'intentions', 'blocks'] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

export const EXPORT_PATHS = {
  csv: (roomId: string, kind: CsvKind, names: boolean) =>
    withNames(`${roomPath(roomId)}/export/${kind}.csv`, names),
  report: (roomId: string, names: boolean) => withNames(`${roomPath(roomId)}/report.html`, names),
} as const;
