import type { RoomState } from '../room/state.js';
import type { FacilitatorView, ParticipantSummary } from '../protocol/views.js';
import { headcount, roomInfo } from './common.js';

/** Everything the facilitator may see: the whole programme with notes, and every participant. */
export function projectForFacilitator(state: RoomState): FacilitatorView {
  const participants: ParticipantSummary[] = [];
  for (const id of state.participantOrder) {
    const p = state.participants[id];
    if (p)
      participants.push({ id: p.id, name: p.name, presence: p.presence, joinedAt: p.joinedAt });
  }
  return {
    role: 'facilitator',
    room: roomInfo(state),
    scenario: state.scenario,
    currentBlockIndex: state.currentBlockIndex,
    visits: state.visits,
    timer: state.timer,
    participants,
    headcount: headcount(state),
  };
}
