import type { RoomState } from '../room/state.js';
import type { GuestView, ParticipantView } from '../protocol/views.js';
import { blockView, currentBlock, roomInfo } from './common.js';

/** One participant's phone: the public part of the room plus what is their own. */
export function projectForParticipant(state: RoomState, participantId: string): ParticipantView {
  const me = state.participants[participantId];
  if (!me) throw new Error(`unknown participant ${participantId}`);
  const current = currentBlock(state);
  return {
    role: 'participant',
    room: roomInfo(state),
    me: { id: me.id, name: me.name },
    block: current ? blockView(current.block, current.index, current.block.phone) : null,
    blockCount: state.scenario.blocks.length,
    timer: current ? state.timer : null,
  };
}

export function projectForGuest(state: RoomState): GuestView {
  return { role: 'guest', room: roomInfo(state) };
}
