import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerRulesFor,
  MESSAGE_EVENT,
  rulesOf,
  type Answer,
  type RoomSummary,
  type ServerMessage,
} from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, joinAsParticipant, type TestClient } from './support/client.js';
import { SHIPPED_SCENARIOS, startServer } from './support/server.js';
import { isFacilitator } from './support/views.js';

const FLAGSHIP = 'bestuurlijke-sensitiviteit';
const PHONES = 25;
/**
 * The budget for one console update of the flagship. An update carries what changed, so a
 * burst of 25 reflections at once is 25 texts (about 6 KB); answers as a room gives them fit.
 */
const UPDATE_BUDGET_BYTES = 5_000;

interface Heard {
  type: ServerMessage['type'];
  bytes: number;
}

/** Every message a console is sent, with its size as it goes over the wire (JSON). */
function listen(client: TestClient): Heard[] {
  const heard: Heard[] = [];
  client.socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
    heard.push({ type: message.type, bytes: Buffer.byteLength(JSON.stringify(message)) });
  });
  return heard;
}

/**
 * The console of the flagship, run through with a room of 25: the programme comes once per
 * connection, each update after it names only what changed and stays small, and a console
 * that joins halfway ends up showing exactly what the first one shows.
 */
describe('the console’s updates', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let room: RoomSummary;
  let token: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED_SCENARIOS } });
    token = await login(server.url);
    room = await createRoom(server.url, token, FLAGSHIP);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  it('carry the programme once, then only what changed, each at most 5 KB', async () => {
    const first = await connectFacilitator(server.url, room.roomId, token);
    clients.push(first);
    const heard = listen(first);
    expect(first.programmes).toHaveLength(1);
    const opening = first.latest;
    if (!isFacilitator(opening)) throw new Error('not a console');
    const blocks = opening.scenario.blocks;
    // The programme alone is far over the budget: it must not ride along.
    expect(Buffer.byteLength(JSON.stringify(opening.scenario))).toBeGreaterThan(
      4 * UPDATE_BUDGET_BYTES,
    );

    const phones = [];
    for (let n = 0; n < PHONES; n++) {
      const phone = await joinAsParticipant(server.url, room.code, `Deelnemer ${n + 1}`);
      clients.push(phone.client);
      phones.push(phone);
    }
    expect((await first.send({ type: 'session.start' })).ok).toBe(true);

    let second: TestClient | null = null;
    for (const [index, block] of blocks.entries()) {
      // The session opens on the first block.
      if (index > 0) {
        const moved = await first.sendPaced({ type: 'block.goto', blockId: block.id });
        expect(moved.ok ? 'moved' : JSON.stringify([block.id, moved])).toBe('moved');
      }
      if (block.kind === 'roles')
        await first.sendPaced({ type: 'roles.assign', blockId: block.id });
      if (block.kind === 'groups')
        await first.sendPaced({ type: 'groups.form', blockId: block.id });
      if (rulesOf(block.kind).answer) {
        // One after another, as a room answers: each update carries the answers since the last.
        for (const [n, phone] of phones.entries()) {
          const ack = await phone.client.send({
            type: 'answer',
            blockId: block.id,
            answer: answerRulesFor(block.kind as Answer['kind']).sample(block, n % 3),
          });
          expect(ack.ok).toBe(true);
        }
        await first.sendPaced({ type: 'results.reveal', blockId: block.id });
      }
      if (index === Math.floor(blocks.length / 2)) {
        second = await connectFacilitator(server.url, room.roomId, token);
        clients.push(second);
      }
    }
    const last = blocks[blocks.length - 1]!;
    const settled = await first.waitFor(
      (view) =>
        isFacilitator(view) &&
        blocks[view.currentBlockIndex ?? -1]?.id === last.id &&
        Object.keys(view.runs).length >= blocks.filter((b) => rulesOf(b.kind).answer).length,
    );

    expect(heard.filter((m) => m.type === 'programme')).toHaveLength(0); // it came before listen
    const updates = heard.filter((m) => m.type === 'console');
    expect(updates.length).toBeGreaterThan(blocks.length);
    const largest = Math.max(...updates.map((m) => m.bytes));
    expect(largest).toBeLessThanOrEqual(UPDATE_BUDGET_BYTES);
    // By the end the whole live state is well past one update: the patches are what keep it small.
    const { scenario: _programme, ...live } = settled as typeof opening;
    expect(Buffer.byteLength(JSON.stringify(live))).toBeGreaterThan(largest);

    // The console that came in halfway got its own programme and now shows the same.
    expect(second!.programmes).toHaveLength(1);
    await second!.waitFor((view) => view.role === 'facilitator' && view.runs !== undefined);
    const seqOf = (client: TestClient) => client.latestSeq;
    await expect.poll(() => seqOf(second!)).toBe(seqOf(first));
    expect(second!.latest).toEqual(first.latest);
  });
});
