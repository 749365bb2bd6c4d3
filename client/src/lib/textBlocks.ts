/**
 * Block text is written in a small part of Markdown. Until a full renderer arrives it is read
 * into plain structures: headings, paragraphs and lists of text runs, bold or italic. It is
 * never turned into HTML; React renders the strings, so nothing in the text can become markup.
 */

export interface TextRun {
  text: string;
  strong?: true;
  em?: true;
}

export type TextBlock =
  | { kind: 'heading'; runs: TextRun[] }
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
      blocks.push({ kind: 'heading', runs: toRuns(line.replace(HEADING, '')) });
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

/** Splits a line into runs on **bold** and *italic* / _italic_; anything unmatched stays text. */
export function toRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(\S(?:.*?\S)?)\*|\b_(\S(?:.*?\S)?)_\b/g;
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    if (match[1] !== undefined) runs.push({ text: match[1], strong: true });
    else runs.push({ text: match[2] ?? match[3] ?? '', em: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
