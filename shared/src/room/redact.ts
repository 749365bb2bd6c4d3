import { anonymousBlockIds } from './anonymous.js';
import type { RoomEvent } from './events.js';
import { hideWritingOrder } from './redact-order.js';

/**
 * A log fit to leave the server: an anonymous reflection no longer carries its author. Each
 * such answer is attributed to a stand-in made from the reflection's own opaque id, so the log
 * still folds (edits land on the same reflection) but nothing ties the text to a participant;
 * nor can their place or time in the log (`hideWritingOrder`).
 *
 * No event keeps its command id or a join's device digest either: the server answers a retried
 * command id, and whoever held an export must not be able to send one again as its author.
 */
export function redactLog(events: readonly RoomEvent[]): RoomEvent[] {
  const first = events[0];
  const anonymousBlocks =
    first?.type === 'room_created' ? anonymousBlockIds(first) : new Set<string>();
  const standIns = new Map<string, string>();
  const redacted = events.map((event): RoomEvent => {
    const bare = withoutReplayables(event);
    if (bare.type === 'participant_removed') return withoutLegacyReflectionIds(bare);
    if (bare.type !== 'answer_submitted' || !anonymousBlocks.has(bare.blockId)) return bare;
    const key = `${bare.blockId}\u0000${bare.participantId}`;
    if (bare.reflectionId) standIns.set(key, anonymousStandIn(bare.reflectionId));
    const standIn = standIns.get(key) ?? 'anonymous';
    return { ...bare, participantId: standIn, actor: { kind: 'system' } };
  });
  return hideWritingOrder(redacted, anonymousBlocks);
}

/**
 * The event without what only the server may hold: the command id and digest, and a join's device
 * digest.
 */
function withoutReplayables(event: RoomEvent): RoomEvent {
  if (
    event.commandId === undefined &&
    event.commandDigest === undefined &&
    !(event.type === 'participant_joined' && event.deviceHash)
  ) {
    return event;
  }
  if (event.type === 'participant_joined') {
    const {
      commandId: _commandId,
      commandDigest: _commandDigest,
      deviceHash: _deviceHash,
      ...rest
    } = event;
    return rest;
  }
  const { commandId: _commandId, commandDigest: _commandDigest, ...rest } = event;
  return rest;
}

/** Who an anonymous reflection is attributed to in a log that left the server. */
export function anonymousStandIn(reflectionId: string): string {
  return `anonymous-${reflectionId}`;
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
