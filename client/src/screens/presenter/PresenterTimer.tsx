import { formatDuration, timerRemainingMs, type Timer } from '@samenspel/shared';
import { useServerNow } from '../../hooks/useServerNow';
import { useT } from '../../i18n/useT';

interface PresenterTimerProps {
  timer: Timer;
  /** The break screen makes the clock its centrepiece. */
  size?: 'header' | 'giant';
}

/**
 * The block's clock, readable from the back: the time left, a bar of what is left, and any state
 * other than running in words ("Gepauzeerd", "De tijd is om"), so it never rests on colour.
 */
export function PresenterTimer({ timer, size = 'header' }: PresenterTimerProps) {
  const t = useT();
  const now = useServerNow(250);
  const remaining = timerRemainingMs(timer, now);
  const share = timer.durationMs > 0 ? Math.min(1, remaining / timer.durationMs) : 0;
  return (
    <div
      className={`stage-timer stage-timer--${size} stage-timer--${timer.status}`}
      data-testid="timer"
      data-timer-status={timer.status}
      role="timer"
    >
      <span className="visually-hidden">{t('timer.label')}: </span>
      <span className="stage-timer__time" data-testid="timer-remaining">
        {formatDuration(remaining)}
      </span>
      {timer.status !== 'running' ? (
        <span className="stage-timer__state" data-testid="timer-state">
          {timer.status === 'paused' ? (
            <span className="stage-timer__pause" aria-hidden="true" />
          ) : null}
          {t(`presenter.timer.${timer.status}`)}
        </span>
      ) : null}
      <span className="stage-timer__track" aria-hidden="true">
        <span className="stage-timer__left" style={{ width: `${share * 100}%` }} />
      </span>
    </div>
  );
}
