import type { Timer } from '@samenspel/shared';
import { Countdown } from '../../components/Countdown';
import type { SendCommand } from '../../hooks/useRoomConnection';
import { useT } from '../../i18n/useT';

interface TimerControlsProps {
  timer: Timer;
  send: SendCommand;
}

const MINUTE = 60_000;

/** The block's timer with its controls; a button is disabled where the timer cannot do it. */
export function TimerControls({ timer, send }: TimerControlsProps) {
  const t = useT();
  const { status } = timer;
  const extend = (byMs: number) => void send({ type: 'timer.extend', byMs });
  return (
    <section className="timer-controls" aria-labelledby="timer-heading">
      <h3 id="timer-heading">{t('console.timer')}</h3>
      <Countdown timer={timer} size="large" />
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
