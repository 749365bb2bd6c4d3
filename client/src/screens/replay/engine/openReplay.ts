import type { RoomEvent } from '@samenspel/shared';
import { inThreadEngine } from './inThreadEngine';
import { readLogText } from './readLogText';
import type { ReplayEngine } from './types';
import { startWorkerEngine, UnreadableLog } from './workerEngine';

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
  const read = readLogText(text);
  if (!read.ok) throw new UnreadableLog(read.message);
  try {
    return { engine: inThreadEngine(read.events), events: read.events };
  } catch (error) {
    throw new UnreadableLog(String(error));
  }
}
