import { memo, useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import type { RoomEvent } from '@samenspel/shared';
import { useT, type Translate } from '../../i18n/useT';
import { seekSeq, type CursorStore } from './cursor';
import { actorLabel, payloadOf, payloadPreview } from './eventText';
import { useClockFormat, type ClockFormat } from './format';
import type { ReplayLog } from './replayLog';
import type { ReplayEngine } from './engine/types';
import { useSeqBesideScreens } from './useSeqBesideScreens';

/** Every row is this tall, so the list can be drawn for any scroll position without measuring. */
const ROW_PX = 34;
/** Rows drawn beyond the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 8;
/** While playing, the highlighted row follows four times a second: a list cannot be read faster. */
const PLAYING_REFRESH_MS = 250;

/**
 * The log itself, event by event: time, who, what, and the fields (one line here; in full for
 * the current event below). Only the rows in view exist, so 50,000 events cost what 30 do.
 */
export function Inspector({
  cursor,
  engine,
  log,
}: {
  cursor: CursorStore;
  engine: ReplayEngine;
  log: ReplayLog;
}) {
  const t = useT();
  const clock = useClockFormat();
  // Beside the screens, not the moment itself: drawn after them, in a render that gives way.
  const seq = useDeferredValue(useSeqBesideScreens(cursor, engine, PLAYING_REFRESH_MS));
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  // The scroll position as last set or seen, so keeping the row in view never reads layout.
  const scrollTopRef = useRef(0);
  // The scroll event our own scrolling causes: its position is known, reading it would force
  // a layout of the page React has just changed.
  const ownScroll = useRef(false);
  const [height, setHeight] = useState(400);
  const count = log.events.length;

  // The window's height, watched rather than read: reading it on every step would force the
  // browser to lay out the whole page before React has even finished.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    if (element.clientHeight > 0) setHeight(element.clientHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (element.clientHeight > 0) setHeight(element.clientHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // The current row is kept in view; centred when it had gone out of sight.
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const top = (seq - 1) * ROW_PX;
    if (top >= scrollTopRef.current && top + ROW_PX <= scrollTopRef.current + height) return;
    const next = Math.max(0, Math.min(top - height / 2 + ROW_PX / 2, count * ROW_PX - height));
    if (next === scrollTopRef.current) return;
    element.scrollTop = next;
    ownScroll.current = true;
    scrollTopRef.current = next;
    setScrollTop(next);
  }, [seq, height, count]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_PX) - OVERSCAN);
  const last = Math.min(count, Math.ceil((scrollTop + height) / ROW_PX) + OVERSCAN);
  const rows: RoomEvent[] = log.events.slice(first, last);
  const current = log.events[seq - 1];

  return (
    <section
      className="replay-inspector panel"
      aria-labelledby="replay-inspector-heading"
      data-testid="replay-inspector"
      data-seq={seq}
    >
      <h2 id="replay-inspector-heading">{t('replay.inspector')}</h2>
      <div className="replay-inspector__head" aria-hidden="true">
        <span>#</span>
        <span>{t('replay.inspector.time')}</span>
        <span>{t('replay.inspector.actor')}</span>
        <span>{t('replay.inspector.kind')}</span>
        <span>{t('replay.inspector.payload')}</span>
      </div>
      <div
        ref={viewport}
        className="replay-inspector__viewport"
        tabIndex={0}
        aria-label={t('replay.inspector.list', { count })}
        onScroll={(event) => {
          if (ownScroll.current) {
            ownScroll.current = false;
            return;
          }
          scrollTopRef.current = event.currentTarget.scrollTop;
          setScrollTop(scrollTopRef.current);
        }}
      >
        <ol className="replay-inspector__list" style={{ height: count * ROW_PX }}>
          {rows.map((event) => (
            <InspectorRow
              key={event.seq}
              event={event}
              log={log}
              current={event.seq === seq}
              count={count}
              clock={clock}
              t={t}
              onPick={(picked) => seekSeq(cursor, log, picked)}
            />
          ))}
        </ol>
      </div>
      {current ? <EventDetails event={current} log={log} clock={clock} t={t} /> : null}
    </section>
  );
}

interface RowProps {
  event: RoomEvent;
  log: ReplayLog;
  current: boolean;
  count: number;
  clock: ClockFormat;
  t: Translate;
  onPick: (seq: number) => void;
}

const InspectorRow = memo(
  function InspectorRow({ event, log, current, count, clock, t, onPick }: RowProps) {
    return (
      <li
        className={current ? 'replay-event replay-event--current' : 'replay-event'}
        style={{ top: (event.seq - 1) * ROW_PX, height: ROW_PX }}
        aria-current={current ? 'true' : undefined}
        aria-posinset={event.seq}
        aria-setsize={count}
        data-testid="replay-event"
        data-seq={event.seq}
        data-type={event.type}
        data-current={current}
      >
        {/* Not in the tab order: the timeline moves event by event with the keyboard. */}
        <button
          type="button"
          tabIndex={-1}
          className="replay-event__button"
          onClick={() => onPick(event.seq)}
        >
          <span className="replay-event__seq">{event.seq}</span>
          <span className="replay-event__time">{clock.long(event.at)}</span>
          <span className="replay-event__actor">{actorLabel(event, log, t)}</span>
          <span className="replay-event__kind">{t(`replay.event.${event.type}`)}</span>
          <code className="replay-event__payload">{payloadPreview(event)}</code>
        </button>
      </li>
    );
  },
  // onPick is made anew each render but always does the same; the rest decides the row.
  (a, b) =>
    a.event === b.event &&
    a.current === b.current &&
    a.clock === b.clock &&
    a.t === b.t &&
    a.count === b.count,
);

/** The current event in full: its fields as indented JSON, folded away until opened. */
const EventDetails = memo(function EventDetails({
  event,
  log,
  clock,
  t,
}: {
  event: RoomEvent;
  log: ReplayLog;
  clock: ClockFormat;
  t: Translate;
}) {
  return (
    <div className="replay-details" data-testid="replay-details" data-seq={event.seq}>
      <p className="replay-details__summary">
        <strong>{t('replay.details.title', { seq: event.seq })}</strong> {clock.long(event.at)} ·{' '}
        {actorLabel(event, log, t)} · {t(`replay.event.${event.type}`)}
      </p>
      <details className="replay-details__json">
        <summary>{t('replay.details.json')}</summary>
        <pre>{JSON.stringify(payloadOf(event), null, 2)}</pre>
      </details>
    </div>
  );
});
