/**
 * A small RFC 4180 writer: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a double quote or a line break (quotes inside doubled). The file starts with a UTF-8 byte order
 * mark so Excel reads Dutch characters (ë, é, ’) right.
 */

/** A cell: text is guarded against formulas, numbers are written as they are. */
export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return before one of
 * those) as a formula. Text from participants gets a leading apostrophe instead, which Excel and
 * LibreOffice show as plain text. Leading spaces do not hide a formula, so they are looked past.
 */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function field(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nee';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, a header row, then one line per row. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return BOM + lines.join('\r\n') + '\r\n';
}
