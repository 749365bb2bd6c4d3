// First: it configures zod before any schema is made (the worker has its own globals).
import '../../../jitless-parsing';
import { foldRoom, ReplayIndex, RoomEventSchema, type RoomEvent } from '@samenspel/shared';
import type { FromWorker, ToWorker } from './protocol';
import { viewsOf } from './types';

/**
 * The replay's own thread. Checking a 50,000-event log against the schema and folding it into
 * a ReplayIndex take seconds; here they keep the page responsive. The page keeps the events it
 * parsed itself for the timeline and the inspector, and asks this worker only for views.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
const EventsSchema = RoomEventSchema.array().min(1);

let index: ReplayIndex | null = null;

/** Up to here the first screen is quicker to fold on its own than to wait for the index. */
const FOLD_FIRST_UP_TO = 2000;

function load(text: string, seq: number): void {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    scope.postMessage({ type: 'loaded', ok: false, message: 'not JSON' });
    return;
  }
  const raw =
    typeof body === 'object' && body !== null ? (body as { events?: unknown }).events : null;
  const parsed = EventsSchema.safeParse(raw);
  if (!parsed.success) {
    scope.postMessage({ type: 'loaded', ok: false, message: parsed.error.message });
    return;
  }
  const events: RoomEvent[] = parsed.data;
  scope.postMessage({ type: 'loaded', ok: true, count: events.length });
  try {
    // An early first screen comes from folding only the events up to it, before the index.
    const early = seq <= FOLD_FIRST_UP_TO;
    if (early) scope.postMessage({ type: 'views', views: viewsOf(foldRoom(events.slice(0, seq))) });
    const started = performance.now();
    index = new ReplayIndex(events);
    scope.postMessage({ type: 'indexed', ms: performance.now() - started });
    if (!early) scope.postMessage({ type: 'views', views: viewsOf(index.stateAt(seq)) });
  } catch (error) {
    scope.postMessage({ type: 'failed', message: String(error) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'load') {
    load(message.text, message.seq);
  } else if (index) {
    scope.postMessage({ type: 'views', views: viewsOf(index.stateAt(message.seq)) });
  }
};
