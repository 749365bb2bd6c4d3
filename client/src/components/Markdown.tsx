import { createElement } from 'react';
import { splitTables } from '../lib/markdownTables';
import { toTextBlocks, type TextBlock } from '../lib/textBlocks';
import { TextRuns } from './TextRuns';
import { TextTable } from './TextTable';

interface MarkdownProps {
  text: string;
  /** The level a `#` heading gets here, below the page's own headings (`##` one deeper). */
  headingLevel?: 2 | 3 | 4 | 5;
  className?: string;
  testId?: string;
  /** The language of the text, when it is not the page's. */
  lang?: string;
}

/**
 * A programme's own text in the small Markdown the scenario files use: headings, paragraphs,
 * lists, bold, italic, links and tables, drawn as React elements. No string from the text ever
 * becomes HTML, and a link goes only to http(s) or mailto.
 */
export function Markdown({ text, headingLevel = 3, className, testId, lang }: MarkdownProps) {
  return (
    <div
      className={className ? `markdown ${className}` : 'markdown'}
      data-testid={testId}
      lang={lang}
    >
      {splitTables(text).map((segment, i) =>
        segment.kind === 'text' ? (
          toTextBlocks(segment.text).map((block, j) => (
            <MarkdownBlock key={`${i}-${j}`} block={block} headingLevel={headingLevel} />
          ))
        ) : (
          <div key={i} className="markdown__table">
            <TextTable header={segment.header} rows={segment.rows} />
          </div>
        ),
      )}
    </div>
  );
}

function MarkdownBlock({ block, headingLevel }: { block: TextBlock; headingLevel: number }) {
  switch (block.kind) {
    case 'heading':
      return createElement(
        `h${Math.min(6, headingLevel + block.level - 1)}`,
        { className: 'markdown__heading' },
        <TextRuns runs={block.runs} />,
      );
    case 'paragraph':
      return (
        <p>
          <TextRuns runs={block.runs} />
        </p>
      );
    case 'list': {
      const items = block.items.map((runs, i) => (
        <li key={i}>
          <TextRuns runs={runs} />
        </li>
      ));
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
  }
}
