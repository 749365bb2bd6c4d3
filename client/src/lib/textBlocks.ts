/**
 * Block and programme text is written in a small part of Markdown. It is read into plain
 * structures: headings, paragraphs and lists of text runs, bold, italic or a link. It is never
 * turned into HTML; React renders the strings, so nothing in the text can become markup.
 */

export interface TextRun {
  text: string;
  strong?: true;
  em?: true;
  /** A link's address; only http(s) and mailto, anything else stays plain text. */
  href?: string;
}

/** Addresses a link may have: no `javascript:`, no `data:`, nothing relative to guess about. */
const SAFE_HREF = /^(https?:\/\/|mailto:)[^\s]+$/i;

export type TextBlock =
  /** `level` counts the `#` signs: 1 for `#`, 2 for `##`, up to 6. */
  | { kind: 'heading'; level: number; runs: TextRun[] }
  | { kind: 'paragraph'; runs: TextRun[] }
  | { kind: 'list'; ordered: boolean; items: TextRun[][] };

const BULLET = /^\s*[-*+]\s+/;
const NUMBERED = /^\s*\d+[.)]\s+/;
const HEADING = /^\s*#{1,6}\s+/;

export function toTextBlocks(source: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let lines: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const endParagraph = () => {
    if (lines.length > 0) blocks.push({ kind: 'paragraph', runs: toRuns(lines.join(' ')) });
    lines = [];
  };
  const endList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(toRuns) });
    list = null;
  };

  for (const raw of source.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      endParagraph();
      endList();
    } else if (HEADING.test(line)) {
      endParagraph();
      endList();
      const level = /^#+/.exec(line)?.[0].length ?? 1;
      blocks.push({ kind: 'heading', level, runs: toRuns(line.replace(HEADING, '')) });
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      endParagraph();
      const ordered = NUMBERED.test(line);
      if (list && list.ordered !== ordered) endList();
      list ??= { ordered, items: [] };
      list.items.push(line.replace(ordered ? NUMBERED : BULLET, ''));
    } else if (list && /^\s{2,}/.test(raw)) {
      // An indented line continues the last list item.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      endList();
      lines.push(line);
    }
  }
  endParagraph();
  endList();
  return blocks;
}

/**
 * Splits a line into runs on [links](https://…), **bold** and *italic* / _italic_; anything
 * unmatched stays text. A link to an address that is not allowed keeps only its words.
 */
export function toRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern =
    /\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(\S(?:.*?\S)?)\*|\b_(\S(?:.*?\S)?)_\b/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    const [, label, href, strong, star, underscore] = match;
    if (label !== undefined && href !== undefined) {
      runs.push(SAFE_HREF.test(href) ? { text: label, href } : { text: label });
    } else if (strong !== undefined) runs.push({ text: strong, strong: true });
    else runs.push({ text: star ?? underscore ?? '', em: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
