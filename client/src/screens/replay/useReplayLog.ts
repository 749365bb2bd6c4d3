import { useEffect, useState } from 'react';
import { API } from '@samenspel/shared';
import { useLatest } from '../../hooks/useLatest';
import { textAt } from '../library/libraryApi';
import { openReplay } from './engine/openReplay';
import type { ReplayEngine } from './engine/types';
import { UnreadableLog } from './engine/workerEngine';
import { describeLog, type ReplayLog } from './replayLog';

export type ReplayLoad =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: 'notFound' | 'unreadable' | 'network' }
  | { kind: 'ready'; log: ReplayLog; engine: ReplayEngine; loadMs: number };

/** Loads a session's log once and opens it for replay; the engine is closed on leaving. */
export function useReplayLog(
  roomId: string,
  token: string,
  onUnauthorized: () => void,
  firstSeq = 1,
) {
  const [load, setLoad] = useState<ReplayLoad>({ kind: 'loading' });
  const unauthorized = useLatest(onUnauthorized);
  // The first seq only matters for the first screen; a new one does not reload the log.
  const first = useLatest(firstSeq);

  useEffect(() => {
    let current = true;
    let opened: ReplayEngine | null = null;
    const started = performance.now();
    setLoad({ kind: 'loading' });
    void (async () => {
      const result = await textAt(API.events(roomId), token);
      // Marks for the browser's performance panel: where the time of opening a long log goes.
      performance.mark('samenspel:log-fetched');
      if (!current) return;
      if (!result.ok) {
        if (result.status === 401) return unauthorized.current();
        setLoad({ kind: 'failed', reason: result.status === 404 ? 'notFound' : 'network' });
        return;
      }
      try {
        const { engine, events } = await openReplay(result.data, first.current);
        opened = engine;
        if (!current) return engine.dispose();
        const log = describeLog(roomId, events);
        setLoad({ kind: 'ready', log, engine, loadMs: performance.now() - started });
      } catch (error) {
        if (!current) return;
        if (!(error instanceof UnreadableLog)) console.error(error);
        setLoad({ kind: 'failed', reason: 'unreadable' });
      }
    })();
    return () => {
      current = false;
      opened?.dispose();
    };
  }, [roomId, token, unauthorized, first]);

  return load;
}
