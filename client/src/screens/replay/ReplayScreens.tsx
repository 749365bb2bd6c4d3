import { useDeferredValue, useEffect, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { FrozenServerNow } from '../../hooks/useServerNow';
import { useT } from '../../i18n/useT';
import type { CursorStore } from './cursor';
import type { ReplayEngine } from './engine/types';
import { ReplayConsole } from './ReplayConsole';
import { ReplayPresenter } from './ReplayPresenter';
import { followCursor, selectAt, selectSeq, useThrottledCursor } from './useThrottled';

/**
 * While playing or dragging, the screens follow the playhead five times a second: enough for
 * the eye, and a console of 220 people takes tens of milliseconds to draw, which the timeline
 * needs for its own smooth movement.
 */
const PLAYING_REFRESH_MS = 200;

/**
 * The presenter screen and the console side by side, as they were right after the event at
 * the playhead. The views come from the engine; the clock they count down against is the
 * playhead's moment, so a timer shows what it showed then.
 */
export function ReplayScreens({ cursor, engine }: { cursor: CursorStore; engine: ReplayEngine }) {
  const t = useT();
  const seq = useThrottledCursor(cursor, selectSeq, PLAYING_REFRESH_MS);
  const views = useStore(engine.state, (state) => state.views);
  // The console of a big group takes longer to draw than the projector: it follows once the
  // presenter screen has been painted, in a render that gives way to the next click.
  const consoleViews = useDeferredValue(useStore(engine.state, (state) => state.settled));
  const indexing = useStore(engine.state, (state) => state.indexing);
  const failed = useStore(engine.state, (state) => state.failed);
  // Asked straight from the playhead, not after React has drawn the new seq: a seek goes to the
  // worker in the same task as the click.
  useEffect(
    () => followCursor(cursor, selectSeq, PLAYING_REFRESH_MS, (next) => engine.request(next)),
    [cursor, engine],
  );
  const waiting = views === null || views.seq !== seq;
  const consoleWaiting = consoleViews === null || consoleViews.seq !== seq;
  const status = failed ? (
    <p className="notice notice--error">{t('replay.failed')}</p>
  ) : waiting && indexing ? (
    <p className="replay-pane__status" data-testid="replay-indexing">
      {t('replay.indexing')}
    </p>
  ) : null;

  return (
    <ReplayClock cursor={cursor}>
      <section
        className="replay-pane replay-pane--presenter"
        aria-labelledby="replay-presenter-heading"
        aria-busy={waiting}
        data-testid="replay-presenter"
        data-seq={views?.seq}
      >
        <h2 id="replay-presenter-heading" className="replay-pane__heading">
          {t('replay.presenter')}
        </h2>
        {status}
        {views ? <ReplayPresenter view={views.presenter} /> : null}
      </section>
      <section
        className="replay-pane replay-pane--console"
        aria-labelledby="replay-console-heading"
        aria-busy={consoleWaiting}
        data-testid="replay-console"
        data-seq={consoleViews?.seq}
      >
        <h2 id="replay-console-heading" className="replay-pane__heading">
          {t('replay.console')}
        </h2>
        <div className="replay-pane__scroll" tabIndex={0} aria-label={t('replay.console')}>
          {consoleViews ? <ReplayConsole view={consoleViews.facilitator} /> : null}
        </div>
      </section>
    </ReplayClock>
  );
}

/**
 * The playhead's moment as the server time for everything inside. Only the clocks read it, so
 * only they redraw as it moves (five times a second while playing); the screens redraw when the
 * event changes.
 */
function ReplayClock({ cursor, children }: { cursor: CursorStore; children: ReactNode }) {
  const at = useThrottledCursor(cursor, selectAt, PLAYING_REFRESH_MS);
  return <FrozenServerNow.Provider value={at}>{children}</FrozenServerNow.Provider>;
}
