import { COMMAND_EVENT, type ErrorCode } from '@samenspel/shared';
import { hostileCommand, newId, validShape, type SenderContext } from './fuzz-commands.js';
import { deepNest, hugeString, junkValue, nastyString, randomText, Rng } from './fuzz-random.js';

/** One Socket.IO emit of the fuzz: an event name, its arguments, with or without ack. */
export interface SocketMessage {
  kind: string;
  event: string;
  args: unknown[];
  ack: boolean;
}

/** Event names the client library refuses to emit; they go out as raw packets instead. */
const RESERVED = new Set([
  'connect',
  'connect_error',
  'disconnect',
  'disconnecting',
  'newListener',
  'removeListener',
]);
const WRONG_EVENTS = [
  'commands',
  'Command',
  'message',
  'join',
  'vote',
  'answer',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
  'clock ',
  '',
];

/** A message on a connection that stays open: every one with an ack must be refused. */
export function hostileMessage(rng: Rng, from: SenderContext): SocketMessage {
  const roll = rng.int(0, 99);
  if (roll < 7) {
    const event = rng.chance(0.7) ? rng.pick(WRONG_EVENTS) : randomText(rng, rng.int(1, 30));
    const args = Array.from({ length: rng.int(0, 3) }, () => junkValue(rng));
    return {
      kind: 'wrong-event',
      event: RESERVED.has(event) ? 'x' : event,
      args,
      ack: rng.chance(0.8),
    };
  }
  if (roll < 10) {
    const args = Array.from({ length: rng.int(1, 3) }, () => junkValue(rng));
    return { kind: 'clock-garbage', event: 'clock', args, ack: true };
  }
  const command = hostileCommand(rng, from);
  if (roll < 17) return { kind: 'no-ack', event: COMMAND_EVENT, args: [command.body], ack: false };
  if (roll < 19) {
    // More than one argument before the ack.
    const args = [command.body, junkValue(rng)];
    return { kind: 'extra-arguments', event: COMMAND_EVENT, args, ack: true };
  }
  return { kind: command.kind, event: COMMAND_EVENT, args: [command.body], ack: true };
}

/** A command over the 16 KB limit: the server must drop the connection, not read it. */
export function oversizedMessage(rng: Rng): SocketMessage {
  const body = validShape(rng);
  const payload = rng.pick<() => unknown>([
    () => ({ ...body, name: hugeString(rng, 17_000, 60_000) }),
    () => ({ ...body, answer: { kind: 'reflection', text: hugeString(rng, 17_000, 40_000) } }),
    () => Buffer.alloc(rng.int(17_000, 50_000), 7),
    // Deeper than this overflows the client library's own encoder before anything is sent.
    () => ({ ...body, extra: deepNest(rng, 2_000), pad: hugeString(rng, 17_000, 20_000) }),
    () => Array.from({ length: 3_000 }, () => ({ v: 1, id: newId(rng) })),
  ])();
  return { kind: 'oversized', event: COMMAND_EVENT, args: [payload], ack: rng.chance(0.7) };
}

/**
 * Socket.IO packets written straight onto the connection (engine.io message frames), as no
 * well-behaved client sends them: reserved events, broken JSON, bad packet types and ack ids.
 */
export function rawPacket(rng: Rng): string {
  const packet = pickRawPacket(rng);
  // A bare "1" is a well-formed request to leave the namespace, which the server grants: the
  // client library is not told, so its next message would wait for nothing.
  return packet === '1' ? '1?' : packet;
}

function pickRawPacket(rng: Rng): string {
  return rng.pick<() => string>([
    () => `2["${rng.pick([...RESERVED])}",{}]`,
    () => `2${rng.int(0, 9999)}["command",${JSON.stringify(validShape(rng))}`,
    () => `2["command",${'['.repeat(rng.int(100, 3000))}`,
    () => `${rng.int(0, 9)}${nastyString(rng)}`,
    () => `5${rng.int(0, 3)}-["command",{"_placeholder":true,"num":${rng.int(0, 9)}}]`,
    () => `3${rng.int(0, 99)}[{"ok":true,"seq":1}]`,
    () => `2/other-namespace,["command",{}]`,
    () => `0{"v":1,"role":"participant","code":"${nastyString(rng).replace(/"/g, '')}"}`,
    () => `1${nastyString(rng)}`,
    () => `2-1["command",{}]`,
    () => JSON.stringify(junkValue(rng)) ?? 'null',
  ])();
}

/** What the server knows as real credentials, for handshakes that misuse them. */
export interface HandshakeFacts {
  rooms: Array<{ roomId: string; code: string; presenterKey: string; facilitatorKey: string }>;
  sessionToken: string;
  /** A participant's token, with the room it was made for. */
  participant: { code: string; token: string };
  /** The token of a participant who left. */
  leaver: { code: string; token: string };
}

/** A connection attempt that must be refused; `expect` where exactly one code is right. */
export function hostileHandshake(
  rng: Rng,
  facts: HandshakeFacts,
): { kind: string; auth: unknown; expect?: ErrorCode } {
  const room = rng.pick(facts.rooms);
  const other = rng.pick(facts.rooms.filter((candidate) => candidate !== room));
  const foreign = rng.pick(facts.rooms.filter((r) => r.code !== facts.participant.code));
  const cases: Array<() => { kind: string; auth: unknown; expect?: ErrorCode }> = [
    () => ({
      kind: 'bad-version',
      auth: { v: rng.pick([0, 2, 99, -1]), role: 'participant', code: room.code },
      expect: 'unsupported_version',
    }),
    () => ({
      kind: 'bad-version',
      auth: { v: rng.pick(['1', null, [1], 1.5]), role: 'participant', code: room.code },
    }),
    () => ({
      kind: 'unknown-role',
      auth: {
        v: 1,
        role: rng.pick(['admin', 'Participant', 'guest', '', 7]),
        code: room.code,
        roomId: room.roomId,
        key: room.facilitatorKey,
      },
      expect: 'invalid_payload',
    }),
    () => ({
      kind: 'bad-code',
      auth: {
        v: 1,
        role: 'participant',
        code: rng.pick(['ZZZZZZ', '000000', 'abc', '', 'A2B3C4', randomText(rng, 6)]),
      },
    }),
    () => ({
      kind: 'bad-code',
      auth: { v: 1, role: 'participant', code: hugeString(rng, 21, 5_000) },
      expect: 'invalid_payload',
    }),
    () => ({
      kind: 'bad-token',
      auth: {
        v: 1,
        role: 'participant',
        code: room.code,
        token: rng.pick(['', 'x', `${newId(rng)}.${newId(rng)}`, nastyString(rng)]),
      },
    }),
    () => ({
      kind: 'foreign-token',
      auth: { v: 1, role: 'participant', code: foreign.code, token: facts.participant.token },
      expect: 'invalid_token',
    }),
    () => ({
      kind: 'join-after-leave',
      auth: { v: 1, role: 'participant', ...facts.leaver },
      expect: 'participant_left',
    }),
    () => ({
      kind: 'bad-key',
      auth: {
        v: 1,
        role: rng.pick(['facilitator', 'presenter']),
        roomId: room.roomId,
        key: rng.pick(['', newId(rng), room.code, nastyString(rng)]),
      },
      expect: 'unauthorized',
    }),
    () => ({
      kind: 'wrong-role',
      auth: { v: 1, role: 'facilitator', roomId: room.roomId, key: room.presenterKey },
      expect: 'unauthorized',
    }),
    () => ({
      kind: 'wrong-role',
      auth: {
        v: 1,
        role: 'presenter',
        roomId: room.roomId,
        key: rng.pick([room.facilitatorKey, facts.sessionToken]),
      },
      expect: 'unauthorized',
    }),
    () => ({
      kind: 'wrong-role',
      auth: { v: 1, role: 'facilitator', roomId: room.roomId, key: facts.participant.token },
      expect: 'unauthorized',
    }),
    () => ({
      kind: 'other-room-key',
      auth: {
        v: 1,
        role: rng.pick(['facilitator', 'presenter'] as const),
        roomId: other.roomId,
        key: rng.pick([room.facilitatorKey, room.presenterKey]),
      },
      expect: 'unauthorized',
    }),
    () => ({
      kind: 'unknown-room',
      auth: {
        v: 1,
        role: 'facilitator',
        roomId: rng.pick(['r-none', nastyString(rng)]),
        key: facts.sessionToken,
      },
    }),
    () => ({
      kind: 'extra-field',
      auth: { v: 1, role: 'participant', code: room.code, admin: true },
      expect: 'invalid_payload',
    }),
    () => ({
      kind: 'missing-field',
      auth: rng.pick([
        { v: 1 },
        { role: 'participant', code: room.code },
        { v: 1, role: 'presenter', roomId: room.roomId },
        {},
      ]),
    }),
    () => ({ kind: 'junk', auth: junkValue(rng) }),
    () => ({
      kind: 'deep-nesting',
      auth: { v: 1, role: 'participant', code: deepNest(rng, rng.int(10, 1_500)) },
      expect: 'invalid_payload',
    }),
  ];
  return rng.pick(cases)();
}
