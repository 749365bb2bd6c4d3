import { EventsResponseSchema, type RoomEvent } from '@samenspel/shared';

export type ReadLog = { ok: true; events: RoomEvent[] } | { ok: false; message: string };

/**
 * The answer of `GET ROUTES.events` as text, checked against its shared schema. This is the
 * boundary for that answer: the page fetches it as text, and it is parsed here, in the replay
 * worker (a 50,000-event log takes seconds to check), or on the page where there is no worker.
 */
export function readLogText(text: string): ReadLog {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, message: 'not JSON' };
  }
  const parsed = EventsResponseSchema.safeParse(body);
  return parsed.success
    ? { ok: true, events: parsed.data.events }
    : { ok: false, message: parsed.error.message };
}
