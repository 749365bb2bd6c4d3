import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOCK_EVENT, type CommandAck, type RoomSummary } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import {
  connectFacilitator,
  droppedWithin,
  joinAsParticipant,
  participantAuth,
  TestClient,
} from './support/client.js';
import { SHIPPED_SCENARIOS, startServer } from './support/server.js';
import { FLOOD_REFUSALS, JOIN_LIMIT, MESSAGE_BURST } from '../src/socket/limits.js';
import { ConfigError, configFromEnv } from '../src/config.js';

const REFLECTION = 'eerste-indruk';

/** Everything comes from 127.0.0.1: one address, like a whole audience behind one router. */
describe('ballot stuffing from one address', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let skewMs = 0;
  let token: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({
      now: () => Date.now() + skewMs,
      config: { scenariosDir: SHIPPED_SCENARIOS },
    });
    token = await login(server.url);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  /** A room on its reflection block, with the console connected. */
  const roomOnReflection = async (): Promise<RoomSummary> => {
    const room = await createRoom(server.url, token, 'demo');
    const facilitator = await connectFacilitator(server.url, room.roomId, token);
    clients.push(facilitator);
    expect((await facilitator.send({ type: 'session.start' })).ok).toBe(true);
    expect((await facilitator.send({ type: 'block.goto', blockId: REFLECTION })).ok).toBe(true);
    return room;
  };

  /** `count` guests, each sending one join: what each join was answered. */
  const joinMany = async (code: string, count: number): Promise<CommandAck[]> => {
    const acks: CommandAck[] = [];
    for (let start = 0; start < count; start += 25) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(25, count - start) }, async (_, i) => {
          const guest = await TestClient.connect(server.url, participantAuth(code));
          clients.push(guest);
          return guest.send({ type: 'join', name: `Nep ${start + i}` });
        }),
      );
      acks.push(...batch);
      for (const client of clients.splice(-batch.length)) client.close();
    }
    return acks;
  };

  it('lets a plenary of 300 join from one address, refuses the rest with a retry time, and opens again after the window', async () => {
    const room = await roomOnReflection();
    const acks = await joinMany(room.code, JOIN_LIMIT.maxFailures + 40);
    const joined = acks.filter((ack) => ack.ok && ack.join).length;
    expect(joined).toBe(JOIN_LIMIT.maxFailures);
    const refused = acks.slice(JOIN_LIMIT.maxFailures);
    for (const ack of refused) {
      expect(ack.ok).toBe(false);
      if (ack.ok) continue;
      expect(ack.error.code).toBe('rate_limited');
      expect(ack.error.retryAfterMs).toBeGreaterThan(0);
      expect(ack.error.retryAfterMs).toBeLessThanOrEqual(JOIN_LIMIT.windowMs);
    }
    const { events } = await readLog(server.url, token, room.roomId);
    expect(events.filter((event) => event.type === 'participant_joined')).toHaveLength(joined);

    // Another room behind the same router has a budget of its own.
    const other = await roomOnReflection();
    const elsewhere = await joinAsParticipant(server.url, other.code, 'Andere zaal');
    clients.push(elsewhere.client);

    skewMs += JOIN_LIMIT.windowMs;
    const later = await joinAsParticipant(server.url, room.code, 'Laatkomer');
    clients.push(later.client);
  });

  it('holds one participant to one budget across all their sockets', async () => {
    const room = await roomOnReflection();
    const phone = await joinAsParticipant(server.url, room.code, 'Veel tabbladen');
    const tabs = await Promise.all(
      Array.from({ length: 20 }, () =>
        TestClient.connect(server.url, participantAuth(room.code, phone.token)),
      ),
    );
    clients.push(phone.client, ...tabs);
    const started = Date.now();
    const acks = await Promise.all(
      tabs.flatMap((tab, t) =>
        Array.from({ length: 20 }, (_, i) =>
          tab.send({
            type: 'answer',
            blockId: REFLECTION,
            answer: { kind: 'reflection', text: `tab ${t} bericht ${i}` },
          }),
        ),
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    const accepted = acks.filter((ack) => ack.ok).length;
    // 400 sent on 20 sockets: one budget (a burst of 30 and 10 a second) for them all.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(MESSAGE_BURST + Math.ceil(seconds * 10) + 1);
    const refusal = acks.find((ack) => !ack.ok);
    expect(refusal && !refusal.ok && refusal.error).toMatchObject({
      code: 'rate_limited',
      retryAfterMs: expect.any(Number),
    });
    const { events } = await readLog(server.url, token, room.roomId);
    const written = events.filter((event) => event.type === 'answer_submitted');
    expect(written.length).toBeLessThanOrEqual(accepted);

    // Another participant is not held up by the first one's budget.
    const neighbour = await joinAsParticipant(server.url, room.code, 'Buurvrouw');
    clients.push(neighbour.client);
    const own = await neighbour.client.send({
      type: 'answer',
      blockId: REFLECTION,
      answer: { kind: 'reflection', text: 'Mijn eigen antwoord' },
    });
    expect(own.ok).toBe(true);
  });

  it('counts clock requests in the budget, closes a socket that floods them, and another phone’s vote goes through at once', async () => {
    const room = await roomOnReflection();
    const flooder = await joinAsParticipant(server.url, room.code, 'Klokspammer');
    const voter = await joinAsParticipant(server.url, room.code, 'Stemmer');
    clients.push(flooder.client, voter.client);

    let answered = 0;
    let refused = 0;
    const dropped = droppedWithin(flooder.client, 5000);
    for (let i = 0; i < 5000; i++) {
      flooder.client.socket.emit(CLOCK_EVENT, (reply) => {
        if ('serverNow' in reply) answered += 1;
        else if (reply.error.code === 'rate_limited') refused += 1;
      });
    }
    const started = Date.now();
    const vote = await voter.client.send({
      type: 'answer',
      blockId: REFLECTION,
      answer: { kind: 'reflection', text: 'Gewoon mijn stem' },
    });
    const voteMs = Date.now() - started;
    expect(vote.ok).toBe(true);
    // Well under the 8 s such a flood once cost; loose enough for a busy two-core machine.
    expect(voteMs).toBeLessThan(2000);
    expect(await dropped).toBe(true);
    // The burst and what refilled while it was read; never the thousands sent.
    expect(answered).toBeGreaterThan(0);
    expect(answered).toBeLessThan(MESSAGE_BURST + FLOOD_REFUSALS);
    // Refused in so many words until the socket was closed.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThanOrEqual(FLOOD_REFUSALS + 1);
  });

  it('closes a socket that floods events the server does not know, acknowledged or not', async () => {
    const room = await roomOnReflection();
    const phone = await joinAsParticipant(server.url, room.code, 'Ruismaker');
    clients.push(phone.client);
    const raw = phone.client.socket as unknown as { emit: (event: string) => void };
    const dropped = droppedWithin(phone.client, 5000);
    for (let i = 0; i < 2000; i++) raw.emit('onzin');
    expect(await dropped).toBe(true);
  });

  it('refuses a command on a socket that spent its budget on the clock', async () => {
    const room = await roomOnReflection();
    const phone = await joinAsParticipant(server.url, room.code, 'Klokkijker');
    clients.push(phone.client);
    for (let i = 0; i < MESSAGE_BURST + 5; i++) phone.client.socket.emit(CLOCK_EVENT, () => {});
    const ack = await phone.client.send({
      type: 'answer',
      blockId: REFLECTION,
      answer: { kind: 'reflection', text: 'Na de klok' },
    });
    expect(ack.ok === false && ack.error.code).toBe('rate_limited');
    expect(phone.client.socket.connected).toBe(true);
  });

  it('takes another join budget from SAMENSPEL_JOINS_PER_ADDRESS, and refuses a bad one at start-up', () => {
    expect(configFromEnv({}).joinsPerAddress).toBeUndefined();
    expect(configFromEnv({ SAMENSPEL_JOINS_PER_ADDRESS: '800' }).joinsPerAddress).toBe(800);
    for (const bad of ['0', '-5', 'veel', '1.5']) {
      expect(() => configFromEnv({ SAMENSPEL_JOINS_PER_ADDRESS: bad })).toThrow(ConfigError);
    }
  });
});
