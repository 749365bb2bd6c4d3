import { Decoder, type Packet } from 'socket.io-parser';

/**
 * Socket.IO's packet encoder without its search for binary data. The stock encoder walks every
 * outgoing packet, key by key, to see whether it holds a Buffer; ours never do (every view, patch
 * and ack is JSON), and that walk was a tenth of the server's CPU in a vote burst (`pnpm bench
 * load` with `BENCH_CPU_PROF`). The wire format is the stock one for packets without binary
 * data, so every Socket.IO client reads it; incoming packets are decoded by the stock decoder.
 */
export class JsonOnlyEncoder {
  encode(packet: Packet): string[] {
    let text = String(packet.type);
    if (packet.nsp && packet.nsp !== '/') text += `${packet.nsp},`;
    if (packet.id !== undefined && packet.id !== null) text += String(packet.id);
    if (packet.data !== undefined && packet.data !== null) text += JSON.stringify(packet.data);
    return [text];
  }
}

/** Passed as the Socket.IO server's `parser`. */
export const jsonOnlyParser = { Encoder: JsonOnlyEncoder, Decoder };
