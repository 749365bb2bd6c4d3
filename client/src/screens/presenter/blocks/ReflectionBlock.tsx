import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { AskText } from '../AskText';
import { FitBox } from '../FitBox';
import type { BlockProps } from './types';

/**
 * A reflection question, the count of what came in, and the reflections the facilitator put on
 * screen as large quotes. A quote never carries an author: the projection sends none, and none
 * is made up here.
 */
export function ReflectionBlock({ block, content, live, headcount }: BlockProps<'reflection'>) {
  const t = useT();
  const quotes = live.highlighted;
  const anonymous = content.anonymous ? (
    <p className="stage-tag stage-tag--quiet" data-testid="presenter-anonymous">
      {t('presenter.reflection.anonymous')}
    </p>
  ) : null;
  return (
    <div className="stage-question">
      {quotes.length === 0 ? (
        <AskText block={block} prompt={content.prompt} aside={anonymous} />
      ) : (
        <>
          <div className="stage-question__head stage-question__head--small">
            <h2 className="stage-question__text" data-testid="presenter-prompt">
              {content.prompt}
            </h2>
            {anonymous}
          </div>
          <FitBox content={quotes} className="stage-quotes-box" grow={1.5}>
            <h3 className="visually-hidden">{t('presenter.reflection.highlights')}</h3>
            <ul
              className="stage-quotes"
              data-testid="presenter-highlights"
              data-count={Math.min(quotes.length, 7)}
              aria-live="polite"
            >
              {quotes.map((quote) => (
                // Keyed by id: a newly highlighted quote mounts, and only it animates in.
                <li
                  key={quote.id}
                  className="stage-quote"
                  data-testid="presenter-highlight"
                  data-reflection-id={quote.id}
                >
                  <blockquote className="stage-quote__text">{quote.text}</blockquote>
                </li>
              ))}
            </ul>
          </FitBox>
        </>
      )}
      <AnsweredMeter
        kind="reflection"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
