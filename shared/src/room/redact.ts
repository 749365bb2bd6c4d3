import type { Scenario } from '../scenario/schema.js';
import type { RoomEvent } from './events.js';

/**
 * A log fit to leave the server: an anonymous reflection no longer carries its author. Each
 * such answer is attributed to a stand-in made from the reflection's own opaque id, so the log
 * still folds (edits land on the same reflection) but nothing ties the text to a participant.
 */
export function redactLog(events: readonly RoomEvent[]): RoomEvent[] {
  const first = events[0];
  const scenario: Scenario | null = first?.type === 'room_created' ? first.scenario : null;
  const anonymousBlocks = new Set(
    (scenario?.blocks ?? []).filter((b) => b.kind === 'reflection' && b.anonymous).map((b) => b.id),
  );
  if (anonymousBlocks.size === 0) return [...events];
  const standIns = new Map<string, string>();
  return events.map((event) => {
    if (event.type !== 'answer_submitted' || !anonymousBlocks.has(event.blockId)) return event;
    const key = `${event.blockId}\u0000${event.participantId}`;
    if (event.reflectionId) standIns.set(key, anonymousStandIn(event.reflectionId));
    const standIn = standIns.get(key) ?? 'anonymous';
    // Drop the command id too: it was made on the author's phone.
    const { commandId: _commandId, ...rest } = event;
    return { ...rest, participantId: standIn, actor: { kind: 'system' } };
  });
}

/** Who an anonymous reflection is attributed to in a log that left the server. */
export function anonymousStandIn(reflectionId: string): string {
  return `anonymous-${reflectionId}`;
}
