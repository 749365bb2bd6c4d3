// First: it configures zod before any schema is made (the worker has its own globals).
import '../../../jitless-parsing';
import { ReplayIndex } from '@samenspel/shared';
import type { FromWorker, ToWorker } from './protocol';
import { readLogText } from './readLogText';
import { ViewsMemo } from './viewsMemo';

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

/**
 * The index is built this many events at a time, with a pause for messages in between: a seek
 * to the part already built is answered at once, not after the whole log (seconds) is folded.
 */
const BUILD_STEP = 2000;

let index: ReplayIndex | null = null;
let views: ViewsMemo | null = null;
let failed = false;
/** The latest seq asked for that the index has not reached yet. */
let waiting: number | null = null;

function answer(seq: number): void {
  if (!index || !views || failed) return;
  if (!index.complete && !index.covers(seq)) {
    waiting = seq;
    return;
  }
  waiting = null;
  scope.postMessage({ type: 'views', views: views.at(seq) });
}

function load(text: string, seq: number): void {
  const read = readLogText(text);
  if (!read.ok) {
    scope.postMessage({ type: 'loaded', ok: false, message: read.message });
    return;
  }
  const events = read.events;
  scope.postMessage({ type: 'loaded', ok: true, count: events.length });
  index = new ReplayIndex(events, undefined, { lazy: true });
  views = new ViewsMemo(index);
  waiting = seq;
  buildOn(performance.now());
}

/** One step of the build, then a pause in which the page's questions are answered. */
function buildOn(started: number): void {
  if (!index) return;
  try {
    const complete = index.build(BUILD_STEP);
    if (waiting !== null) answer(waiting);
    if (complete) {
      scope.postMessage({ type: 'indexed', ms: performance.now() - started });
      return;
    }
    setTimeout(() => buildOn(started), 0);
  } catch (error) {
    failed = true;
    scope.postMessage({ type: 'failed', message: String(error) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'load') load(message.text, message.seq);
  else answer(message.seq);
};
