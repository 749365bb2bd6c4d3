import type { Progress } from '@samenspel/shared';
import { useT } from '../../i18n/useT';

export type AnsweredKind =
  'poll' | 'scale' | 'statements' | 'reflection' | 'intentions' | 'practice' | 'visit';

interface AnsweredMeterProps {
  kind: AnsweredKind;
  progress: Progress;
  members: number;
  locked: boolean;
}

/**
 * How far the room is, live, with a bar: the count only, never what they answered. Finished
 * answers count (a whole scale or list, `isComplete` in shared); those still busy with one are
 * named apart, so 20 of 24 statements is not taken for done. A polite live region, so a screen
 * reader hears it move without being interrupted.
 */
export function AnsweredMeter({ kind, progress, members, locked }: AnsweredMeterProps) {
  const t = useT();
  const { complete, started } = progress;
  const share = members > 0 ? Math.min(1, complete / members) : 0;
  return (
    <div className="stage-meter">
      <p
        className="stage-meter__count"
        data-testid="presenter-answered"
        data-answered={complete + started}
        data-complete={complete}
        data-started={started}
        data-members={members}
        aria-live="polite"
      >
        {t(`presenter.answered.${kind}`, { complete, members })}
        {started > 0 ? (
          <span className="stage-meter__started" data-testid="presenter-started">
            {' · '}
            {t('presenter.answered.started', { started })}
          </span>
        ) : null}
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
