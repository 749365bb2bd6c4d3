import type { RoomEvent } from '../room/events.js';

/**
 * Whose phone view an event changes: everyone's, one participant's, or nobody's (staff only).
 * The facilitator's and presenter's views change with every event. Kept next to the
 * projections so the two stay in step.
 */
export function phonesAffectedBy(event: RoomEvent): 'all' | { participantId: string } | 'none' {
  switch (event.type) {
    case 'participant_joined':
    case 'participant_left':
    case 'answer_submitted':
      return { participantId: event.participantId };
    // Presence, results and highlights are for the console and the presenter screen; phones
    // never show other people's answers.
    case 'presence_changed':
    case 'results_revealed':
    case 'results_hidden':
    case 'reflection_moderated':
    case 'links_renewed':
      return 'none';
    // A removal also changes the group lists on other phones; closing the room changes what
    // every guest is offered.
    case 'participant_removed':
    case 'joins_closed':
    case 'joins_opened':
    case 'answers_locked':
    case 'answers_unlocked':
    case 'roles_assigned':
    case 'groups_formed':
    case 'case_listed':
    case 'case_unlisted':
    case 'case_voting':
    case 'case_chosen':
    case 'room_created':
    case 'session_started':
    case 'block_entered':
    case 'timer_started':
    case 'timer_paused':
    case 'timer_extended':
    case 'timer_reset':
    case 'timer_expired':
    case 'meeting_closed':
    case 'meeting_started':
    case 'session_ended':
      return 'all';
  }
}
