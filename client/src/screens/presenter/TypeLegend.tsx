import { IDEAL_TYPES, type PerType } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { percent } from './format';

/**
 * The three ideal types in a few words each, and once the spread is revealed the group's mean
 * share of each. Named in words; the colour bar beside each name is decoration.
 */
export function TypeLegend({
  mean = null,
  earlierMean = null,
}: {
  mean?: PerType | null;
  /** The group's mean at the measurement this one repeats: "toen" beside each share. */
  earlierMean?: PerType | null;
}) {
  const t = useT();
  return (
    <div className="stage-legend">
      <h2 className="stage-legend__heading">{t('presenter.spread.legend')}</h2>
      <ul className="stage-types" data-testid="presenter-type-legend">
        {IDEAL_TYPES.map((type) => (
          <li key={type} className={`stage-types__item stage-types__item--${type}`}>
            <span className="stage-types__name">{t(`type.${type}`)}</span>
            {mean ? (
              <span className="stage-types__mean" data-testid={`presenter-mean-${type}`}>
                {t('presenter.spread.mean', { percent: percent(mean[type]) })}
              </span>
            ) : null}
            {earlierMean ? (
              <span className="stage-types__then" data-testid={`presenter-then-${type}`}>
                {t('presenter.spread.then', { percent: percent(earlierMean[type]) })}
              </span>
            ) : null}
            <span className="stage-types__short">{t(`type.${type}.short`)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
