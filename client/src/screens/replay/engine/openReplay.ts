import { RoomEventSchema, type RoomEvent } from '@samenspel/shared';
import { inThreadEngine } from './inThreadEngine';
import type { ReplayEngine } from './types';
import { startWorkerEngine, UnreadableLog } from './workerEngine';

const EventsSchema = RoomEventSchema.array().min(1);

export interface OpenedReplay {
  engine: ReplayEngine;
  events: readonly RoomEvent[];
}

/**
 * Turns the text of `GET /api/rooms/:roomId/events` into a replay. In a browser the checking
 * and folding run in a worker; without one (tests, or a worker that will not start) they run
 * here. Throws UnreadableLog for a log that is not valid or does not fold.
 */
export async function openReplay(text: string, firstSeq = 1): Promise<OpenedReplay> {
  if (typeof Worker === 'function') {
    try {
      return await startWorkerEngine(text, firstSeq);
    } catch (error) {
      if (error instanceof UnreadableLog) throw error;
      console.warn('samenspel: replay worker unavailable, replaying on the page', error);
    }
  }
  return openHere(text);
}

function openHere(text: string): OpenedReplay {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new UnreadableLog('not JSON');
  }
  const raw =
    typeof body === 'object' && body !== null ? (body as { events?: unknown }).events : null;
  const parsed = EventsSchema.safeParse(raw);
  if (!parsed.success) throw new UnreadableLog(parsed.error.message);
  try {
    return { engine: inThreadEngine(parsed.data), events: parsed.data };
  } catch (error) {
    throw new UnreadableLog(String(error));
  }
}
