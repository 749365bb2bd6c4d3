import type { RoomEvent } from '@samenspel/shared';
import { createStore } from 'zustand/vanilla';
import type { FromWorker, ToWorker } from './protocol';
import { ScreensSettle } from './settle';
import type { EngineState, ReplayEngine } from './types';

export interface WorkerReplay {
  engine: ReplayEngine;
  events: readonly RoomEvent[];
}

export class UnreadableLog extends Error {
  override name = 'UnreadableLog';
}

/**
 * Starts the replay worker on the log's text. Resolves once the worker has checked the log
 * (the index is built after that, in the background); rejects with UnreadableLog when the log
 * is not valid, and with any other error when the worker cannot run at all.
 */
export function startWorkerEngine(text: string, firstSeq: number): Promise<WorkerReplay> {
  const worker = new Worker(new URL('./replay.worker.ts', import.meta.url), { type: 'module' });
  const state = createStore<EngineState>(() => ({
    views: null,
    settled: null,
    indexing: true,
    indexMs: null,
    failed: false,
  }));
  const post = (message: ToWorker) => worker.postMessage(message);
  // One question at a time: while one is out, newer ones replace each other in `wanted`.
  let inFlight = true;
  let wanted: number | null = null;
  const flush = () => {
    if (inFlight || wanted === null) return;
    inFlight = true;
    post({ type: 'views', seq: wanted });
    wanted = null;
  };
  const settle = new ScreensSettle(
    () => inFlight || wanted !== null,
    () => {
      const { views, settled } = state.getState();
      if (views !== settled) state.setState({ settled: views });
    },
  );
  const engine: ReplayEngine = {
    state,
    request(seq) {
      wanted = seq;
      flush();
    },
    afterScreens: (callback) => settle.after(callback),
    dispose() {
      settle.dispose();
      worker.terminate();
    },
  };

  let body: unknown = null;
  return new Promise<WorkerReplay>((resolve, reject) => {
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      // Before the log is checked: the caller replays on the page instead. After: say so.
      state.setState({ failed: true, indexing: false });
      reject(new Error(event.message || 'the replay worker did not start'));
    };
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      switch (message.type) {
        case 'loaded':
          if (!message.ok) {
            worker.terminate();
            reject(new UnreadableLog(message.message));
            return;
          }
          performance.mark('samenspel:log-checked');
          resolve({ engine, events: eventsOf(body) });
          return;
        case 'views':
          state.setState({ views: message.views });
          inFlight = false;
          flush();
          settle.check();
          return;
        case 'indexed':
          state.setState({ indexing: false, indexMs: message.ms });
          return;
        case 'failed':
          state.setState({ failed: true, indexing: false });
          return;
      }
    };
    post({ type: 'load', text, seq: firstSeq });
    // Parsed here as well, at the same time as in the worker: the page needs the events for the
    // timeline and the inspector, and a copy from the worker would cost more than a parse. Text
    // that is not JSON is the worker's to report.
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  });
}

/**
 * The events of the page's own parse. The worker has checked every one of them against
 * EventsResponseSchema, from this very text, before this runs; so the type is earned, not assumed.
 */
function eventsOf(body: unknown): readonly RoomEvent[] {
  const events = (body as { events: readonly RoomEvent[] }).events;
  return events;
}
