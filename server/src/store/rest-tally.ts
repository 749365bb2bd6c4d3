import type { RoomEvent } from '@samenspel/shared';

/**
 * The rests between the meetings of a multi-day training, as sums the room's index row can add
 * up append by append without reading what came before: each `meeting_started` adds its time
 * and each `meeting_closed` takes its time off (`balanceMs`), and `resting` counts closes minus
 * starts (1 while the room rests). A room's rests then last `balanceMs + resting × end`, where
 * end is when the session ended (a rest it ended in lasts until then).
 */
export interface RestTally {
  balanceMs: number;
  resting: number;
}

export function restTally(events: readonly RoomEvent[]): RestTally {
  let balanceMs = 0;
  let resting = 0;
  for (const event of events) {
    if (event.type === 'meeting_closed') {
      balanceMs -= event.at;
      resting++;
    } else if (event.type === 'meeting_started') {
      balanceMs += event.at;
      resting--;
    }
  }
  return { balanceMs, resting };
}

/** How long a room rested, from its index row's sums; a rest still going lasts until `end`. */
export function restedMs(tally: RestTally, end: number): number {
  return Math.max(0, tally.balanceMs + tally.resting * end);
}

/** The rest sums of every room from its events for a store from before the sums: the same SQL in SQLite and PostgreSQL. */
export const REST_BACKFILL = `
UPDATE rooms SET
  rest_balance = COALESCE((SELECT SUM(CASE type WHEN 'meeting_started' THEN at ELSE -at END)
    FROM events WHERE events.room_id = rooms.room_id
      AND type IN ('meeting_started', 'meeting_closed')), 0),
  resting = COALESCE((SELECT SUM(CASE type WHEN 'meeting_closed' THEN 1 ELSE -1 END)
    FROM events WHERE events.room_id = rooms.room_id
      AND type IN ('meeting_started', 'meeting_closed')), 0);
`;
