import { describe, expect, it } from 'vitest';
import { Encoder, PacketType, type Packet } from 'socket.io-parser';
import {
  foldRoom,
  isSharedViewPart,
  projectForParticipant,
  type RoomState,
} from '@samenspel/shared';
import { fileURLToPath } from 'node:url';
import { encodeJson, JsonOnlyEncoder } from '../src/socket/json-encoder.js';
import { handLog } from './support/hand-log.js';
import { shippedProgramme } from './support/decide-run.js';

const T0 = Date.UTC(2026, 2, 2, 8, 0);

/** The flagship's first blocks with three phones, one event at a time: every state on the way. */
function flagshipStates(): RoomState[] {
  const scenario = shippedProgramme(
    fileURLToPath(new URL('../../scenarios/bestuurlijke-sensitiviteit.yaml', import.meta.url)),
  );
  const { events, add, enter } = handLog(T0);
  add(0, { type: 'room_created', roomId: 'r1', code: 'ABC234', groupName: 'Team', scenario });
  for (const [id, name] of [
    ['p-a', 'Anouk'],
    ['p-b', null],
    ['p-c', 'Chris'],
  ] as const)
    add(1, { type: 'participant_joined', participantId: id, name }, id);
  add(2, { type: 'session_started' });
  for (let i = 0; i < 6; i++) enter(3 + i, i);
  return events.map((_, i) => foldRoom(events.slice(0, i + 1)));
}

describe('the JSON-only packet encoder', () => {
  it('writes every packet the server sends exactly as Socket.IO’s own encoder does', () => {
    const view = {
      v: 1,
      type: 'view',
      seq: 12,
      view: { role: 'participant', names: ['Ann', 'Bram'] },
    };
    const packets: Packet[] = [
      { type: PacketType.CONNECT, nsp: '/', data: { sid: 'abc', pid: 'def' } },
      { type: PacketType.EVENT, nsp: '/', data: ['message', view] },
      { type: PacketType.EVENT, nsp: '/admin', data: ['message', view] },
      { type: PacketType.ACK, nsp: '/', id: 0, data: [{ ok: true, view }] },
      { type: PacketType.ACK, nsp: '/', id: 417, data: [{ ok: false, error: { code: 'x' } }] },
      { type: PacketType.DISCONNECT, nsp: '/' },
      { type: PacketType.CONNECT_ERROR, nsp: '/', data: { message: 'bad' } },
      { type: PacketType.EVENT, nsp: '/', data: ['message', { text: 'é ✓ "quoted" \n' }] },
    ];
    const stock = new Encoder();
    const ours = new JsonOnlyEncoder();
    for (const packet of packets) expect(ours.encode(packet)).toEqual(stock.encode(packet));
  });
});

describe('encoding views whose room and block many phones share', () => {
  const states = flagshipStates();
  const viewsOf = (state: RoomState) =>
    state.participantOrder.map((id) => ({
      ok: true,
      seq: state.seq,
      view: {
        v: 1,
        type: 'view',
        seq: state.seq,
        serverNow: T0,
        view: projectForParticipant(state, id),
      },
    }));

  it('writes every phone’s view and ack exactly as JSON.stringify does, through the flagship’s first blocks', () => {
    let shared = 0;
    for (const state of states) {
      for (const ack of viewsOf(state)) {
        if (isSharedViewPart(ack.view.view.room)) shared++;
        expect(encodeJson([ack])).toBe(JSON.stringify([ack]));
        expect(encodeJson(['message', ack.view])).toBe(JSON.stringify(['message', ack.view]));
      }
    }
    expect(shared).toBeGreaterThan(20);
  });

  it('encodes a shared part once for all the phones of one state', () => {
    const state = states.at(-1)!;
    const views = viewsOf(state);
    expect(views.length).toBeGreaterThan(1);
    const room = views[0]!.view.view.room;
    let reads = 0;
    // Counts how often the encoder reads the shared room (its title is read once per encoding).
    const title = room.title;
    Object.defineProperty(room, 'title', {
      enumerable: true,
      get: () => {
        reads++;
        return title;
      },
    });
    for (const ack of views) encodeJson([ack]);
    expect(reads).toBeLessThanOrEqual(1);
  });

  it('leaves out what JSON leaves out, and writes null for it in arrays', () => {
    const odd = {
      a: undefined,
      b: () => 1,
      c: [undefined, () => 1, 2],
      d: new Date(T0),
      e: 'é "x"',
    };
    expect(encodeJson([odd])).toBe(JSON.stringify([odd]));
    expect(encodeJson({ deep: { er: { still: { deeper: { and: [{ x: undefined }] } } } } })).toBe(
      JSON.stringify({ deep: { er: { still: { deeper: { and: [{ x: undefined }] } } } } }),
    );
  });
});
