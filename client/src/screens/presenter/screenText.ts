/**
 * Screen text as the projector shows it. The shared renderer (PlainText) knows headings,
 * paragraphs and lists; scenario slides also use Markdown tables, so tables are cut out here and
 * drawn by the presenter itself. Everything stays strings: nothing becomes HTML.
 */

export type ScreenSegment =
  { kind: 'text'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

/** Which leading heading to leave out, because the block title above already says it. */
export type HeadingRule = 'keep' | 'sameAsTitle' | 'first' | 'all';

const HEADING = /^\s*#{1,6}\s+/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|(\s*:?-{3,}:?\s*\|)+\s*$/;

function plain(text: string): string {
  return text
    .replace(HEADING, '')
    .replace(/[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();
}

/** Leaves out headings by the rule: a slide's "# Title" line repeats the block title. */
export function dropHeadings(source: string, rule: HeadingRule, title: string): string {
  if (rule === 'keep') return source;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (rule === 'all') return lines.filter((line) => !HEADING.test(line)).join('\n');
  const first = lines.findIndex((line) => line.trim() !== '');
  const line = lines[first];
  if (line === undefined || !/^\s*#\s+/.test(line)) return source;
  if (rule === 'sameAsTitle' && plain(line) !== plain(title)) return source;
  return [...lines.slice(0, first), ...lines.slice(first + 1)].join('\n');
}

function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

const words = (text: string): string[] =>
  plain(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

/** A paragraph that shares this much of its words with the question only says it again. */
const REPEAT_SHARE = 0.7;

/**
 * Leaves out the paragraphs that restate the question shown above them: a slide often repeats
 * its question ("**Wat adviseer jij?**"), and on the projector it would then stand there twice.
 */
export function withoutRepeats(source: string, question: string): string {
  const asked = new Set(words(question));
  return source
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((paragraph) => {
      const own = words(paragraph);
      if (own.length === 0) return true;
      return own.filter((word) => asked.has(word)).length / own.length < REPEAT_SHARE;
    })
    .join('\n\n');
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
