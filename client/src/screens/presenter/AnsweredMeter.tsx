import { useT } from '../../i18n/useT';
import { countKey } from './format';

export type AnsweredKind = 'poll' | 'scale' | 'statements' | 'reflection' | 'intentions';

interface AnsweredMeterProps {
  kind: AnsweredKind;
  answered: number;
  members: number;
  locked: boolean;
}

/**
 * How many have answered, live, with a bar: the count only, never what they answered. A polite
 * live region, so a screen reader hears it move without being interrupted.
 */
export function AnsweredMeter({ kind, answered, members, locked }: AnsweredMeterProps) {
  const t = useT();
  const share = members > 0 ? Math.min(1, answered / members) : 0;
  return (
    <div className="stage-meter">
      <p
        className="stage-meter__count"
        data-testid="presenter-answered"
        data-answered={answered}
        data-members={members}
        aria-live="polite"
      >
        {t(countKey(`presenter.answered.${kind}`, answered), { answered, members })}
      </p>
      <span className="stage-meter__track" aria-hidden="true">
        <span className="stage-meter__fill" style={{ width: `${share * 100}%` }} />
      </span>
      {locked ? (
        <span className="stage-tag" data-testid="presenter-locked">
          <span className="stage-tag__lock" aria-hidden="true" />
          {t('presenter.locked')}
        </span>
      ) : null}
    </div>
  );
}
