import type { RoomEvent } from '@samenspel/shared';

/**
 * A room log written by hand for the export and report tests, minute by minute from `start`:
 * `add` stamps any event (by the facilitator, or by a participant when `by` is given), `answer`
 * and `enter` the two that come most.
 */
export function handLog(start: number) {
  const events: RoomEvent[] = [];
  const add = (minute: number, event: Record<string, unknown>, by?: string) =>
    events.push({
      seq: events.length + 1,
      at: start + minute * 60_000,
      actor: by ? { kind: 'participant', id: by } : { kind: 'facilitator' },
      ...event,
    } as RoomEvent);
  const answer = (
    minute: number,
    who: string,
    blockId: string,
    value: unknown,
    reflectionId?: string,
  ) =>
    add(
      minute,
      {
        type: 'answer_submitted',
        blockId,
        participantId: who,
        answer: value,
        ...(reflectionId ? { reflectionId } : {}),
      },
      who,
    );
  const enter = (minute: number, blockIndex: number) =>
    add(minute, { type: 'block_entered', blockIndex });
  return { events, add, answer, enter };
}
