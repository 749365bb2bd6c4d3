import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import {
  applyConsolePatch,
  COMMAND_EVENT,
  MESSAGE_EVENT,
  ROOM_HINT_PARAM,
  type CommandAck,
  type FacilitatorLive,
  type ServerMessage,
} from '@samenspel/shared';
import { newBenchCommandId } from './command-id.js';
import { BLOCK_ID, RELAY_VOTE_EVENT, type BenchRoom } from './ipc.js';

export interface Phone {
  voterId: string;
  socket: Socket;
}

/** How the bench's clients talk to one kind of server: our app, or the bare relay. */
export interface LoadTarget {
  name: string;
  /** Calls `onCounted` with the voters whose votes the facilitator's screen now includes. */
  connectFacilitator(
    url: string,
    room: BenchRoom,
    onCounted: (voterIds: readonly string[]) => void,
  ): Promise<Socket>;
  connectParticipant(url: string, room: BenchRoom): Promise<Phone>;
  /** Resolves true when the vote was acknowledged as accepted. */
  vote(phone: Phone, optionId: string): Promise<boolean>;
}

/** `listen` is attached before the socket connects, so no message right after connect is missed. */
function connect(
  url: string,
  auth: Record<string, unknown>,
  listen: (socket: Socket) => void = () => undefined,
): Promise<Socket> {
  // WebSocket only, no reconnection: a dropped client is a failure the bench must see.
  // The room in the URL too, as the real client names it, for the nodes of a cluster.
  const query = { [ROOM_HINT_PARAM]: String(auth.code ?? auth.roomId) };
  const socket = io(url, {
    auth,
    query,
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  listen(socket);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('connect timed out')), 30_000);
    socket.once('connect', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('connect_error', (error) => {
      clearTimeout(timer);
      socket.close();
      reject(error);
    });
  });
}

function emitWithAck(socket: Socket, event: string, payload: unknown): Promise<unknown> {
  return new Promise((resolve) => socket.emit(event, payload, resolve));
}

export const samenspelTarget: LoadTarget = {
  name: 'Samenspel',
  async connectFacilitator(url, room, onCounted) {
    // The console's tally lists who answered, so it tells exactly which votes it includes. Its
    // first view is whole; each update after it is what changed, applied as the console does.
    let live: FacilitatorLive | null = null;
    const follow = (message: ServerMessage) => {
      if (message.type === 'view' && message.view.role === 'facilitator') live = message.view;
      else if (message.type === 'console' && live) live = applyConsolePatch(live, message.patch);
      else return;
      const run = live?.runs[BLOCK_ID];
      if (run) onCounted(run.answeredBy);
    };
    return connect(
      url,
      { v: 1, role: 'facilitator', roomId: room.roomId, key: room.facilitatorKey },
      (socket) => socket.on(MESSAGE_EVENT, follow),
    );
  },
  async connectParticipant(url, room) {
    const socket = await connect(url, { v: 1, role: 'participant', code: room.code });
    const ack = (await emitWithAck(socket, COMMAND_EVENT, {
      v: 1,
      id: newBenchCommandId(),
      type: 'join',
      name: null,
    })) as CommandAck;
    if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    return { voterId: ack.join.participantId, socket };
  },
  async vote(phone, optionId) {
    const ack = (await emitWithAck(phone.socket, COMMAND_EVENT, {
      v: 1,
      id: newBenchCommandId(),
      type: 'answer',
      blockId: BLOCK_ID,
      answer: { kind: 'poll', optionIds: [optionId] },
    })) as CommandAck;
    return ack.ok;
  },
};

export const relayTarget: LoadTarget = {
  name: 'bare relay',
  async connectFacilitator(url, room, onCounted) {
    const socket = await connect(url, { role: 'facilitator', roomId: room.roomId });
    socket.on(RELAY_VOTE_EVENT, (vote: { voterId: string }) => onCounted([vote.voterId]));
    return socket;
  },
  async connectParticipant(url, room) {
    const socket = await connect(url, { role: 'participant', roomId: room.roomId });
    return { voterId: randomBytes(9).toString('base64url'), socket };
  },
  async vote(phone, optionId) {
    const ack = (await emitWithAck(phone.socket, RELAY_VOTE_EVENT, {
      voterId: phone.voterId,
      optionId,
    })) as { ok?: boolean };
    return ack.ok === true;
  },
};
