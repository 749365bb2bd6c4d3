import { isSharedViewPart } from '@samenspel/shared';
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
    if (packet.data !== undefined && packet.data !== null) text += encodeJson(packet.data);
    return [text];
  }
}

/**
 * How deep into a packet's data shared view parts are looked for: an ack holds its view at
 * data → ack → message → view → part, a message at one level less. Below this, plain
 * `JSON.stringify` does the rest.
 */
const SHARED_PART_DEPTH = 5;

/** Each shared view part's JSON, made once: a burst acknowledges a room's phones from one state. */
const encodedParts = new WeakMap<object, string>();

/**
 * `JSON.stringify(value)`, the same text, except that a part of a view that many phones' views
 * share (the room and the block, `isSharedViewPart`) is encoded once and then reused: they were
 * two thirds of every vote's acknowledgement.
 */
export function encodeJson(value: unknown, depth = 0): string {
  if (typeof value !== 'object' || value === null || depth >= SHARED_PART_DEPTH) {
    return JSON.stringify(value);
  }
  if (isSharedViewPart(value)) {
    let text = encodedParts.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      encodedParts.set(value, text);
    }
    return text;
  }
  if (Array.isArray(value)) {
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) text += ',';
      const item: unknown = value[i];
      text += omitted(item) ? 'null' : encodeJson(item, depth + 1);
    }
    return `${text}]`;
  }
  // Anything with its own idea of its JSON (a Date) is left to JSON.stringify.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value);
  let text = '{';
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (omitted(item)) continue;
    if (!first) text += ',';
    first = false;
    text += `${JSON.stringify(key)}:${encodeJson(item, depth + 1)}`;
  }
  return `${text}}`;
}

/** What JSON leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/** Passed as the Socket.IO server's `parser`. */
export const jsonOnlyParser = { Encoder: JsonOnlyEncoder, Decoder };
