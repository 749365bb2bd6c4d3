import { Fragment } from 'react';
import type { TextRun } from '../lib/textBlocks';

/** A line of text runs: plain, bold, italic or a link. React escapes every string. */
export function TextRuns({ runs }: { runs: TextRun[] }) {
  return (
    <>
      {runs.map((run, i) =>
        run.href ? (
          // A new tab, so a link in a text never takes the workshop's page away.
          <a key={i} href={run.href} target="_blank" rel="noopener noreferrer">
            {run.text}
          </a>
        ) : run.strong ? (
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
