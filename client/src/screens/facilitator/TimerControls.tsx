import { formatDuration, type Timer } from '@samenspel/shared';
import { Countdown } from '../../components/Countdown';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';

interface TimerControlsProps {
  timer: Timer;
  send: SendCommand;
  /** The room has been on this block before: its timer came back as it was left. */
  returned: boolean;
  /** The programme starts this block's timer by itself on entering it. */
  autoStart: boolean;
}

const MINUTE = 60_000;

/** The block's timer with its controls; a button is disabled where the timer cannot do it. */
export function TimerControls({ timer, send, returned, autoStart }: TimerControlsProps) {
  const t = useT();
  const { status } = timer;
  const extend = (byMs: number) => void send({ type: 'timer.extend', byMs });
  return (
    <section className="timer-controls" aria-labelledby="timer-heading">
      <h3 id="timer-heading">{t('console.timer')}</h3>
      <Countdown timer={timer} size="large" />
      <TimerNote timer={timer} returned={returned} autoStart={autoStart} />
      <div className="button-row">
        {status === 'running' ? (
          <button
            type="button"
            className="button button--primary"
            data-testid="timer-pause"
            onClick={() => void send({ type: 'timer.pause' })}
          >
            {t('timer.pause')}
          </button>
        ) : status === 'paused' ? (
          <button
            type="button"
            className="button button--primary"
            data-testid="timer-resume"
            onClick={() => void send({ type: 'timer.resume' })}
          >
            {t('timer.resume')}
          </button>
        ) : (
          <button
            type="button"
            className="button button--primary"
            data-testid="timer-start"
            disabled={status !== 'idle'}
            onClick={() => void send({ type: 'timer.start' })}
          >
            {t('timer.start')}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          data-testid="timer-plus-1"
          onClick={() => extend(MINUTE)}
        >
          {t('timer.plus1')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="timer-plus-5"
          onClick={() => extend(5 * MINUTE)}
        >
          {t('timer.plus5')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          data-testid="timer-minus-1"
          disabled={status === 'expired'}
          onClick={() => extend(-MINUTE)}
        >
          {t('timer.minus1')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          data-testid="timer-reset"
          disabled={status === 'idle'}
          onClick={() => void send({ type: 'timer.reset' })}
        >
          {t('timer.reset')}
        </button>
      </div>
    </section>
  );
}

/**
 * What the trainer should know about the timer on coming back to a block: paused with time left
 * (and that the clock stood still meanwhile), or already up. A paused timer always says how much
 * is left and how to go on, since "gepauzeerd" alone reads like "something is wrong".
 */
function TimerNote({ timer, returned, autoStart }: Omit<TimerControlsProps, 'send'>) {
  const t = useT();
  if (timer.status === 'paused') {
    return (
      <div className="timer-note timer-note--paused" data-testid="timer-kept" role="status">
        <strong className="timer-note__head">
          {t('console.timer.left', { left: formatDuration(timer.remainingMs) })}
        </strong>
        <span className="timer-note__hint">
          {t(returned ? 'console.timer.keptHint' : 'console.timer.leftHint')}
        </span>
      </div>
    );
  }
  if (timer.status === 'expired' && returned) {
    return (
      <p className="timer-note" data-testid="timer-kept" role="status">
        {t('console.timer.keptExpired')}
      </p>
    );
  }
  if (autoStart && timer.status === 'running') {
    return (
      <p className="timer-note timer-note--quiet" data-testid="timer-auto">
        {t('console.timer.autoStarted')}
      </p>
    );
  }
  return null;
}
