/**
 * Screen text as the projector shows it. The shared renderer (PlainText) knows headings,
 * paragraphs and lists; scenario slides also use Markdown tables, so tables are cut out here and
 * drawn by the presenter itself. Everything stays strings: nothing becomes HTML.
 */

// Tables are read by the shared Markdown helpers; the presenter keeps its own import path.
export { splitTables, type ScreenSegment } from '../../lib/markdownTables';

/** Which leading heading to leave out, because the block title above already says it. */
export type HeadingRule = 'keep' | 'sameAsTitle' | 'first' | 'all';

const HEADING = /^\s*#{1,6}\s+/;

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
