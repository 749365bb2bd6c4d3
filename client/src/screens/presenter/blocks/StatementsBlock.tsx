import { IDEAL_TYPES } from '@samenspel/shared';
import { TernaryChart } from '../../../components/charts/TernaryChart';
import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { FitBox } from '../FitBox';
import { ScreenText } from '../ScreenText';
import { percent } from '../format';
import type { BlockProps } from './types';

/**
 * The stellingenlijst. While open: what it is, how long, that nobody's profile comes on screen,
 * and how many have started. Once revealed: the group's spread in the triangle (every point
 * anonymous, plus the mean) beside a short legend of the three ideal types.
 */
export function StatementsBlock({ block, content, live, headcount }: BlockProps<'statements'>) {
  const t = useT();
  const results = live.revealed && live.results?.kind === 'statements' ? live.results : null;
  if (results) {
    return (
      <div className="stage-spread" data-testid="presenter-results">
        <div className="stage-spread__chart">
          <TernaryChart
            title={t('presenter.spread.title')}
            points={results.points}
            mean={results.mean}
            theme="dark"
          />
        </div>
        <div className="stage-spread__side">
          <h2 className="stage-spread__heading">{t('presenter.spread.legend')}</h2>
          <ul className="stage-types" data-testid="presenter-type-legend">
            {IDEAL_TYPES.map((type) => (
              <li key={type} className={`stage-types__item stage-types__item--${type}`}>
                <span className="stage-types__name">{t(`type.${type}`)}</span>
                {results.mean ? (
                  <span className="stage-types__mean" data-testid={`presenter-mean-${type}`}>
                    {t('presenter.spread.mean', { percent: percent(results.mean[type]) })}
                  </span>
                ) : null}
                <span className="stage-types__short">{t(`type.${type}.short`)}</span>
              </li>
            ))}
          </ul>
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
      <FitBox content={block.text} className="stage-statements-intro">
        <p className="stage-bignumber">
          {t('presenter.statements.count', { count: content.items.length })}
        </p>
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
      <AnsweredMeter
        kind="statements"
        answered={live.answered}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
