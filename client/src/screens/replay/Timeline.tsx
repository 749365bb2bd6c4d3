import { memo, useEffect, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useStore } from 'zustand';
import type { TrainerNote } from '@samenspel/shared';
import { useT } from '../../i18n/useT';
import { seekSeq, seekTime, step, togglePlay, type CursorStore } from './cursor';
import { useClockFormat, type ClockFormat } from './format';
import { blockAt, nextBlockSeq, previousBlockSeq, timeOfSeq, type ReplayLog } from './replayLog';
import { drawTimeline, readColours, TIMELINE_HEIGHT } from './timelineDraw';

interface TimelineProps {
  cursor: CursorStore;
  log: ReplayLog;
  notes: readonly TrainerNote[];
}

/**
 * The session from first to last event as a slider: drag or click anywhere, or use the keys
 * (←/→ one event, Shift+←/→ or PageUp/PageDown one block, Home/End, Space to play). Its value
 * is the event number; its text says the time and the block.
 */
export function Timeline({ cursor, log, notes }: TimelineProps) {
  const t = useT();
  const clock = useClockFormat();
  const seq = useStore(cursor, (state) => state.seq);
  const at = useStore(cursor, (state) => state.at);
  const track = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const frame = useRef(0);
  /** The seek that waits for the next frame, if any. */
  const pending = useRef<(() => void) | null>(null);
  const span = log.end - log.start;
  const fraction = (time: number) => Math.min(1, Math.max(0, (time - log.start) / span));

  const block = blockAt(log, seq);
  const ended = log.endedSeq !== null && seq >= log.endedSeq;
  const where = ended ? t('replay.block.ended') : block ? block.title : t('replay.block.lobby');
  const valueText = t('replay.timeline.value', {
    time: clock.long(at),
    block: where,
    seq,
    count: log.events.length,
  });

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Pointer moves come faster than frames; only the latest position of each frame is sought.
  // A press seeks at once: a click should not wait a frame before the screens are asked.
  const seekTo = (clientX: number, now = false) => {
    const rect = track.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return;
    const share = Math.min(1, Math.max(0, (clientX - rect.left) / rect.width));
    cancelAnimationFrame(frame.current);
    pending.current = () => {
      pending.current = null;
      seekTime(cursor, log, log.start + share * span);
    };
    if (now) pending.current();
    else frame.current = requestAnimationFrame(pending.current);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    dragging.current = true;
    cursor.setState({ playing: false, scrubbing: true });
    seekTo(event.clientX, true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) seekTo(event.clientX);
  };
  const settle = () => {
    if (cursor.getState().scrubbing && !dragging.current) cursor.setState({ scrubbing: false });
  };
  const onPointerUp = () => {
    if (!dragging.current) return;
    dragging.current = false;
    // The last position first, so the screens settle on where the drag ended, and at once.
    cancelAnimationFrame(frame.current);
    pending.current?.();
    cursor.setState({ scrubbing: false });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = cursor.getState().seq;
    const byBlock = event.shiftKey;
    // A held-down arrow is a drag by keyboard: the screens follow when it is let go.
    if (event.repeat && !cursor.getState().scrubbing) cursor.setState({ scrubbing: true });
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowUp':
        if (byBlock) seekSeq(cursor, log, nextBlockSeq(log, current));
        else step(cursor, log, 1);
        break;
      case 'ArrowLeft':
      case 'ArrowDown':
        if (byBlock) seekSeq(cursor, log, previousBlockSeq(log, current));
        else step(cursor, log, -1);
        break;
      case 'PageDown':
        seekSeq(cursor, log, nextBlockSeq(log, current));
        break;
      case 'PageUp':
        seekSeq(cursor, log, previousBlockSeq(log, current));
        break;
      case 'Home':
        seekSeq(cursor, log, 1);
        break;
      case 'End':
        seekSeq(cursor, log, log.events.length);
        break;
      case ' ':
        togglePlay(cursor, log);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <div className="replay-timeline">
      <div className="replay-timeline__notes" aria-hidden="true">
        {notes.map((note) => (
          <button
            key={note.id}
            type="button"
            tabIndex={-1}
            className="replay-timeline__note"
            style={{ left: `${fraction(timeOfSeq(log, note.atSeq)) * 100}%` }}
            title={note.text}
            onClick={() => seekSeq(cursor, log, note.atSeq)}
            data-testid="replay-timeline-note"
            data-seq={note.atSeq}
          />
        ))}
      </div>
      <div
        ref={track}
        className="replay-timeline__track"
        role="slider"
        tabIndex={0}
        aria-label={t('replay.timeline')}
        aria-valuemin={1}
        aria-valuemax={log.events.length}
        aria-valuenow={seq}
        aria-valuetext={valueText}
        aria-keyshortcuts="ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Space"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onKeyDown={onKeyDown}
        onKeyUp={settle}
        onBlur={settle}
        style={{ height: TIMELINE_HEIGHT }}
        data-testid="replay-timeline"
        data-seq={seq}
        data-length={log.events.length}
      >
        <TimelineCanvas log={log} clock={clock} />
        <span
          className="replay-timeline__playhead"
          style={{ left: `${fraction(at) * 100}%` }}
          aria-hidden="true"
        />
      </div>
    </div>
  );
}

/** The static picture under the playhead; drawn again only when its width changes. */
const TimelineCanvas = memo(function TimelineCanvas({
  log,
  clock,
}: {
  log: ReplayLog;
  clock: ClockFormat;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    const box = element?.parentElement;
    if (!element || !box) return;
    let width = -1;
    const draw = () => {
      const next = box.clientWidth;
      if (next === width) return;
      width = next;
      drawTimeline(element, log, width, readColours(element), clock);
    };
    draw();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(draw);
    observer.observe(box);
    return () => observer.disconnect();
  }, [log, clock]);
  return <canvas ref={canvas} className="replay-timeline__canvas" aria-hidden="true" />;
});
