import { TernaryChart } from '../../../components/charts/TernaryChart';
import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';
import { TypeLegend } from '../TypeLegend';
import type { BlockProps } from './types';

/**
 * The stellingenlijst. While open: what it is, that nobody's profile comes on screen, the three
 * types it measures, and how many have started. Once revealed: the group's spread in the
 * triangle (every point anonymous, plus the mean) beside the legend with the group's shares;
 * a list that repeats an earlier one adds the group's mean then, with an arrow to now.
 */
export function StatementsBlock({ block, content, live, headcount }: BlockProps<'statements'>) {
  const t = useT();
  const results = live.revealed && live.results?.kind === 'statements' ? live.results : null;
  // The same list measured before (day one), when it was shown then: the group's shift since.
  const earlier = live.rounds.filter((round) => round.blockId !== block.id).at(-1);
  const earlierMean = earlier?.results?.kind === 'statements' ? earlier.results.mean : null;
  if (results) {
    return (
      <div className="stage-spread" data-testid="presenter-results">
        <div className="stage-spread__chart">
          <TernaryChart
            title={t(earlierMean ? 'presenter.spread.shiftTitle' : 'presenter.spread.title')}
            points={results.points}
            mean={results.mean}
            earlierMean={earlierMean}
            theme="dark"
          />
        </div>
        <div className="stage-spread__side">
          <TypeLegend mean={results.mean} earlierMean={earlierMean} />
          {earlier && earlierMean ? (
            <p className="stage-spread__then" data-testid="presenter-then">
              {t('presenter.spread.thenFrom', { title: earlier.title })}
            </p>
          ) : null}
          <p className="stage-spread__complete">
            {t('presenter.spread.complete', {
              complete: results.complete,
              respondents: results.respondents,
            })}
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="stage-question">
      <div className="stage-spread stage-spread--open">
        <FitBox content={block.text} className="stage-statements-intro">
          {/* The count as a headline, unless the slide already opens with it. */}
          {block.text?.includes(String(content.items.length)) ? null : (
            <p className="stage-bignumber" data-testid="presenter-statements-count">
              {t('presenter.statements.count', { count: content.items.length })}
            </p>
          )}
          {block.text ? (
            <ScreenText
              text={block.text}
              title={block.title}
              headings="first"
              className="stage-text--large"
              testId="block-text"
            />
          ) : null}
          <p className="stage-privacy">{t('presenter.statements.private')}</p>
        </FitBox>
        <TypeLegend />
      </div>
      <AnsweredMeter
        kind="statements"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
