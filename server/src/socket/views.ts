import {
  PROTOCOL_VERSION,
  projectForFacilitator,
  projectForGuest,
  projectForParticipant,
  projectForPresenter,
  type RoomState,
  type ViewMessage,
  type View,
} from '@samenspel/shared';
import type { ConnectionActor } from '../rooms/actor.js';

/** The one place that picks the projection for a kind of connection. */
export function viewFor(state: RoomState, actor: ConnectionActor): View {
  switch (actor.kind) {
    case 'facilitator':
      return projectForFacilitator(state);
    case 'presenter':
      return projectForPresenter(state);
    case 'guest':
      return projectForGuest(state);
    case 'participant':
      return projectForParticipant(state, actor.id);
  }
}

export function viewMessage(state: RoomState, view: View, serverNow: number): ViewMessage {
  return { v: PROTOCOL_VERSION, type: 'view', seq: state.seq, serverNow, view };
}
