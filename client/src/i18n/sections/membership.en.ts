import type { membershipNl } from './membership.nl';

/** English strings for closing the room and removing participants; typed against the Dutch keys. */
export const membershipEn: Record<keyof typeof membershipNl, string> = {
  'membership.open': 'New participants can join.',
  'membership.closedSince': 'Closed to new participants since {time}.',
  'membership.closedHint': 'Anyone who already joined gets back into the session as usual.',
  'membership.close': 'Close to new participants',
  'membership.reopen': 'Open again',
  'membership.closedTag': 'closed',
  'membership.remove': 'Remove',
  'membership.removeLabel': 'Remove {name}',
  'membership.removeQuestion':
    'Remove {name} from the session? Their answers will no longer count anywhere. Anonymous reflections stay; you can hide them if needed. This cannot be undone.',
  'membership.removeConfirm': 'Yes, remove',
  'membership.removedCount':
    '{count, plural, one {# participant removed from the session} other {# participants removed from the session}}',

  'membership.phone.closed': 'This session is not taking new participants.',
  'membership.phone.closedHint':
    'The facilitator has closed the door for now. If it opens again, the form to join appears here by itself.',
  'membership.phone.removed': 'The facilitator has removed you from this session.',
  'membership.phone.removedHint':
    'Your answers no longer count; an anonymous reflection stays, without your name. Think this is a mistake? Have a word with the facilitator.',
  'membership.phone.joinAsNew': 'Join as a new participant',

  'membership.presenter.closed': 'This session is closed to new participants',
  'membership.presenter.closedHint': 'Anyone who already joined carries on on their own phone.',

  'presence.removed': 'removed',
  'error.participant_removed': 'The facilitator has removed you from this session.',
  'error.unknown_participant': 'That participant is not in this session.',
  'error.room_closed': 'This session is not taking new participants.',
  'replay.event.participant_removed': 'Participant removed',
  'replay.event.joins_closed': 'Closed to new participants',
  'replay.event.joins_opened': 'Open to new participants again',
};
