import { describe, expect, it } from 'vitest';
import { Encoder, PacketType, type Packet } from 'socket.io-parser';
import { JsonOnlyEncoder } from '../src/socket/json-encoder.js';

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
