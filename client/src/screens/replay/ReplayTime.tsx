import { useStore } from 'zustand';
import { useT } from '../../i18n/useT';
import type { CursorStore } from './cursor';
import { elapsed, useClockFormat, useNumberFormat } from './format';
import { blockAt, type ReplayLog } from './replayLog';

/** Where the playhead is: the clock time, the time into the session, the event and the block. */
export function ReplayTime({ cursor, log }: { cursor: CursorStore; log: ReplayLog }) {
  const t = useT();
  const clock = useClockFormat();
  const at = useStore(cursor, (state) => state.at);
  const seq = useStore(cursor, (state) => state.seq);
  const block = blockAt(log, seq);
  const ended = log.endedSeq !== null && seq >= log.endedSeq;
  const number = useNumberFormat();
  return (
    <div className="replay-time" data-testid="replay-time" data-seq={seq} data-at={Math.round(at)}>
      <span className="replay-time__clock">{clock.long(at)}</span>
      <span className="replay-time__elapsed">
        {t('replay.time.elapsed', {
          elapsed: elapsed(at, log.start),
          total: elapsed(log.end, log.start),
        })}
      </span>
      <span className="replay-time__event">
        {t('replay.time.event', {
          seq: number(seq),
          count: number(log.events.length),
        })}
      </span>
      <span className="replay-time__block">
        {ended ? t('replay.block.ended') : block ? block.title : t('replay.block.lobby')}
      </span>
    </div>
  );
}
