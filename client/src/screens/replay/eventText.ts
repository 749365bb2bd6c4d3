import type { RoomEvent } from '@samenspel/shared';
import type { Translate } from '../../i18n/useT';
import type { ReplayLog } from './replayLog';

/** Who did it, as the trainer knows them: the facilitator, the system, or a participant by name. */
export function actorLabel(event: RoomEvent, log: ReplayLog, t: Translate): string {
  const { actor } = event;
  switch (actor.kind) {
    case 'facilitator':
      return t('replay.actor.facilitator');
    case 'system':
      // A redacted log hands an anonymous reflection to the system, so no one can be named.
      if (event.type === 'answer_submitted') return t('replay.actor.anonymousAuthor');
      return event.automatic ? t('replay.actor.automatic') : t('replay.actor.system');
    case 'participant': {
      const joined = log.names.get(actor.id);
      if (joined === undefined) return t('replay.actor.anonymousAuthor');
      return joined.name ?? t('replay.actor.anonymous', { n: joined.n });
    }
  }
}

/** The event's own fields, without the envelope the other columns already show. */
export function payloadOf(event: RoomEvent): Record<string, unknown> {
  const {
    seq: _seq,
    at: _at,
    actor: _actor,
    type: _type,
    commandId: _id,
    commandDigest: _digest,
    ...rest
  } = event;
  return rest;
}

const PREVIEW_CHARS = 240;
const previews = new WeakMap<RoomEvent, string>();

/**
 * One line of JSON for the list, cut short: room_created carries the whole programme. Cached per
 * event, since rows come and go as the list scrolls.
 */
export function payloadPreview(event: RoomEvent): string {
  let preview = previews.get(event);
  if (preview === undefined) {
    const json = JSON.stringify(payloadOf(event));
    preview = json.length > PREVIEW_CHARS ? `${json.slice(0, PREVIEW_CHARS)}…` : json;
    previews.set(event, preview);
  }
  return preview;
}
