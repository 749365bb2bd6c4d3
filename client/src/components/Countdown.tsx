import { formatDuration, timerRemainingMs, type Timer } from '@samenspel/shared';
import { useServerNow } from '../hooks/useServerNow';
import { useT } from '../i18n/useT';

interface CountdownProps {
  timer: Timer;
  size?: 'normal' | 'large' | 'huge';
}

/** Counts down from the server's deadline using the estimated server clock. */
export function Countdown({ timer, size = 'normal' }: CountdownProps) {
  const t = useT();
  const now = useServerNow(250);
  const remaining = timerRemainingMs(timer, now);
  return (
    <div
      className={`countdown countdown--${size} countdown--${timer.status}`}
      data-testid="timer"
      data-timer-status={timer.status}
    >
      <span className="visually-hidden">{t('timer.label')}: </span>
      <span className="countdown__time" data-testid="timer-remaining">
        {formatDuration(remaining)}
      </span>
      {timer.status !== 'running' ? (
        <span className="countdown__state">{t(`timer.${timer.status}`)}</span>
      ) : null}
    </div>
  );
}
