/**
 * Markdown tables (a header row, a rule, rows) cut out of a text, so a screen can draw them as
 * tables while the rest goes to the paragraph renderer. Everything stays strings.
 */

export type ScreenSegment =
  { kind: 'text'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

/** Splits text into runs of ordinary Markdown and Markdown tables (a header row, a rule, rows). */
export function splitTables(source: string): ScreenSegment[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const segments: ScreenSegment[] = [];
  let text: string[] = [];
  const endText = () => {
    if (text.some((line) => line.trim() !== ''))
      segments.push({ kind: 'text', text: text.join('\n') });
    text = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1] ?? '';
    if (TABLE_ROW.test(line) && TABLE_RULE.test(next)) {
      endText();
      const rows: string[][] = [];
      let j = i + 2;
      while (j < lines.length && TABLE_ROW.test(lines[j] ?? '')) rows.push(cells(lines[j++] ?? ''));
      segments.push({ kind: 'table', header: cells(line), rows });
      i = j - 1;
    } else {
      text.push(line);
    }
  }
  endText();
  return segments;
}
