import { useContentLanguage } from '../../components/contentLanguage';
import { PlainText } from '../../components/PlainText';
import { TextTable } from '../../components/TextTable';
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
          <TextTable key={i} className="stage-table" header={segment.header} rows={segment.rows} />
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
