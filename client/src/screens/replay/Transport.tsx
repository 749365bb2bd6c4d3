import { useStore } from 'zustand';
import { useT } from '../../i18n/useT';
import { SPEEDS, step, togglePlay, type CursorStore } from './cursor';
import { ReplayIcon } from './ReplayIcon';
import { ReplayTime } from './ReplayTime';
import type { ReplayLog } from './replayLog';

/** Step back, play or pause, step on, and the speed: the player's buttons, with the time. */
export function Transport({ cursor, log }: { cursor: CursorStore; log: ReplayLog }) {
  const t = useT();
  const playing = useStore(cursor, (state) => state.playing);
  const speed = useStore(cursor, (state) => state.speed);
  const atStart = useStore(cursor, (state) => state.seq <= 1 && !state.playing);
  const atEnd = useStore(cursor, (state) => state.seq >= log.events.length && !state.playing);
  return (
    <div className="replay-transport">
      <div className="replay-transport__buttons" role="group" aria-label={t('replay.player')}>
        <button
          type="button"
          className="button button--secondary replay-transport__step"
          onClick={() => step(cursor, log, -1)}
          disabled={atStart}
          aria-label={t('replay.stepBack')}
          title={t('replay.stepBack')}
          data-testid="replay-step-back"
        >
          <ReplayIcon name="stepBack" />
        </button>
        <button
          type="button"
          className="button button--primary replay-transport__play"
          onClick={() => togglePlay(cursor, log)}
          data-testid="replay-play"
          data-speed={speed}
          data-playing={playing}
        >
          <ReplayIcon name={playing ? 'pause' : 'play'} />
          {playing ? t('replay.pause') : t('replay.play')}
        </button>
        <button
          type="button"
          className="button button--secondary replay-transport__step"
          onClick={() => step(cursor, log, 1)}
          disabled={atEnd}
          aria-label={t('replay.stepForward')}
          title={t('replay.stepForward')}
          data-testid="replay-step-forward"
        >
          <ReplayIcon name="stepForward" />
        </button>
      </div>
      <div
        className="replay-speed"
        role="group"
        aria-label={t('replay.speed')}
        data-testid="replay-speed"
        data-speed={speed}
      >
        {SPEEDS.map((option) => (
          <button
            key={option}
            type="button"
            className="replay-speed__option"
            aria-pressed={option === speed}
            aria-label={t('replay.speedOption', { speed: option })}
            onClick={() => cursor.setState({ speed: option })}
            data-speed={option}
          >
            {option}×
          </button>
        ))}
      </div>
      <ReplayTime cursor={cursor} log={log} />
    </div>
  );
}
