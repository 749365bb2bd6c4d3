import { anonymousBlockIds } from './anonymous.js';
import type { RoomEvent } from './events.js';

/**
 * A log fit to leave the server: an anonymous reflection no longer carries its author. Each
 * such answer is attributed to a stand-in made from the reflection's own opaque id, so the log
 * still folds (edits land on the same reflection) but nothing ties the text to a participant.
 */
export function redactLog(events: readonly RoomEvent[]): RoomEvent[] {
  const first = events[0];
  const anonymousBlocks =
    first?.type === 'room_created' ? anonymousBlockIds(first) : new Set<string>();
  const standIns = new Map<string, string>();
  return events.map((event) => {
    if (event.type === 'participant_removed') return withoutLegacyReflectionIds(event);
    if (event.type !== 'answer_submitted' || !anonymousBlocks.has(event.blockId)) return event;
    const key = `${event.blockId}\u0000${event.participantId}`;
    if (event.reflectionId) standIns.set(key, `anonymous-${event.reflectionId}`);
    const standIn = standIns.get(key) ?? 'anonymous';
    // Drop the command id too: it was made on the author's phone.
    const { commandId: _commandId, ...rest } = event;
    return { ...rest, participantId: standIn, actor: { kind: 'system' } };
  });
}

/**
 * Removals written before anonymous reflections stayed in the room named every reflection the
 * person wrote, anonymous ones too: that list would tie them to their author, so it never leaves.
 */
function withoutLegacyReflectionIds(event: RoomEvent): RoomEvent {
  if (event.type !== 'participant_removed' || event.reflectionIds === undefined) return event;
  const { reflectionIds: _reflectionIds, ...rest } = event;
  return rest;
}
