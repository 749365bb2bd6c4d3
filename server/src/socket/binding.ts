import type { Server } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@samenspel/shared';
import type { ConnectionActor } from '../rooms/actor.js';

/** What a socket is, kept in socket.data so Socket.IO's state recovery restores it. */
export interface SocketBinding {
  roomId: string;
  actor: ConnectionActor;
  /** The link generation of the room key a presenter or co-facilitator came in with. */
  linkGeneration?: number;
  /** The id of the session token a logged-in facilitator came in with, for a logout. */
  sessionId?: string;
}

/** Socket.IO room names: one per audience of a room, one per participant. */
export const channel = {
  facilitators: (roomId: string) => `${roomId}:facilitators`,
  presenters: (roomId: string) => `${roomId}:presenters`,
  guests: (roomId: string) => `${roomId}:guests`,
  participant: (roomId: string, participantId: string) => `${roomId}:p:${participantId}`,
};

export function channelFor(binding: SocketBinding): string {
  const { roomId, actor } = binding;
  switch (actor.kind) {
    case 'facilitator':
      return channel.facilitators(roomId);
    case 'presenter':
      return channel.presenters(roomId);
    case 'guest':
      return channel.guests(roomId);
    case 'participant':
      return channel.participant(roomId, actor.id);
  }
}

export interface SocketData {
  binding?: SocketBinding;
}

export type RoomServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;
