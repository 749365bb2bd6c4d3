import { toTextBlocks } from '../lib/textBlocks';
import { TextRuns as Runs } from './TextRuns';
import { useContentLanguage } from './contentLanguage';

interface PlainTextProps {
  text: string;
  className?: string;
  testId?: string;
}

/**
 * Block text as headings, paragraphs and lists of plain strings. React escapes every string;
 * no HTML from the text is ever injected.
 */
export function PlainText({ text, className, testId }: PlainTextProps) {
  const lang = useContentLanguage();
  return (
    <div
      className={className ? `plain-text ${className}` : 'plain-text'}
      data-testid={testId}
      lang={lang}
    >
      {toTextBlocks(text).map((block, i) => {
        switch (block.kind) {
          case 'heading':
            return (
              <p key={i} className="plain-text__heading">
                <Runs runs={block.runs} />
              </p>
            );
          case 'paragraph':
            return (
              <p key={i}>
                <Runs runs={block.runs} />
              </p>
            );
          case 'list': {
            const items = block.items.map((runs, j) => (
              <li key={j}>
                <Runs runs={runs} />
              </li>
            ));
            return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
          }
        }
      })}
    </div>
  );
}
