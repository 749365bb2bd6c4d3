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

let events: RoomEvent[] | null = null;
let index: ReplayIndex | null = null;

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
  events = parsed.data;
  try {
    // The first screen comes from folding only the events up to it, before the whole index.
    const first = foldRoom(events.slice(0, Math.max(1, seq)));
    scope.postMessage({ type: 'loaded', ok: true, count: events.length });
    scope.postMessage({ type: 'views', views: viewsOf(first) });
    const started = performance.now();
    index = new ReplayIndex(events);
    scope.postMessage({ type: 'indexed', ms: performance.now() - started });
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
