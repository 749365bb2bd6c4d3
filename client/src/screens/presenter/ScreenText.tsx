import { useContentLanguage } from '../../components/contentLanguage';
import { Fragment } from 'react';
import { PlainText } from '../../components/PlainText';
import { toRuns } from '../../lib/textBlocks';
import { dropHeadings, splitTables, withoutRepeats, type HeadingRule } from './screenText';

interface ScreenTextProps {
  text: string;
  /** The block title, to leave out a first heading that only repeats it. */
  title: string;
  headings: HeadingRule;
  /** The question shown above: paragraphs that only repeat it are left out. */
  question?: string;
  className?: string;
  testId?: string;
}

function Inline({ text }: { text: string }) {
  return (
    <>
      {toRuns(text).map((run, i) =>
        run.strong ? (
          <strong key={i}>{run.text}</strong>
        ) : run.em ? (
          <em key={i}>{run.text}</em>
        ) : (
          <Fragment key={i}>{run.text}</Fragment>
        ),
      )}
    </>
  );
}

/** A block's screen text in projector type: the shared renderer, plus tables drawn as tables. */
export function ScreenText({
  text,
  title,
  headings,
  question,
  className,
  testId,
}: ScreenTextProps) {
  const lang = useContentLanguage();
  const segments = screenSegments(text, title, headings, question);
  if (segments.length === 0) return null;
  return (
    <div className={`stage-text ${className ?? ''}`} data-testid={testId} lang={lang}>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          <PlainText key={i} text={segment.text} />
        ) : (
          <table key={i} className="stage-table">
            <thead>
              <tr>
                {segment.header.map((cell, j) => (
                  <th key={j} scope="col">
                    <Inline text={cell} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {segment.rows.map((row, j) => (
                <tr key={j}>
                  {row.map((cell, k) =>
                    // A first column under an empty header cell names its row.
                    k === 0 && segment.header[0] === '' ? (
                      <th key={k} scope="row">
                        <Inline text={cell} />
                      </th>
                    ) : (
                      <td key={k}>
                        <Inline text={cell} />
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </div>
  );
}

function screenSegments(text: string, title: string, headings: HeadingRule, question?: string) {
  const kept = dropHeadings(text, headings, title);
  return splitTables(question === undefined ? kept : withoutRepeats(kept, question));
}

/** True when the text has anything left to show after the heading rule and the repeats. */
export function hasScreenText(
  text: string | null,
  title: string,
  headings: HeadingRule,
  question?: string,
): text is string {
  return text !== null && screenSegments(text, title, headings, question).length > 0;
}
