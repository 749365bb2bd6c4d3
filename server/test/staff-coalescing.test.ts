import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { MESSAGE_EVENT, type RoomSummary, type View } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, joinAsParticipant, TestClient } from './support/client.js';
import { startServer } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const POLL = 'eerste-stap';
const GAP_MS = 1000;
const PHONES = 40;

const answered = (view: View): number =>
  view.role === 'facilitator' ? (view.runs[POLL]?.answeredBy.length ?? 0) : 0;

/**
 * The console follows a burst of votes with a few updates, not one per vote; the first vote
 * after a quiet spell shows at once, and the end of the burst without waiting out the gap.
 */
describe('the facilitator’s view under a burst of votes', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let url: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED }, staffGapMs: GAP_MS });
    url = server.url;
    const token = await login(url);
    room = await createRoom(url, token, 'demo');
    facilitator = await connectFacilitator(url, room.roomId, token);
    clients.push(facilitator);
    await facilitator.send({ type: 'session.start' });
    expect((await facilitator.send({ type: 'block.goto', blockId: POLL })).ok).toBe(true);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  it('shows the first vote at once, and a burst in a handful of updates whose last follows it closely', async () => {
    const phones: Array<Awaited<ReturnType<typeof joinAsParticipant>>> = [];
    for (let index = 0; index < PHONES + 1; index++) {
      const phone = await joinAsParticipant(url, room.code, `Deelnemer ${index + 1}`);
      clients.push(phone.client);
      phones.push(phone);
    }
    await facilitator.waitFor(
      (view) => view.role === 'facilitator' && view.participants.length > PHONES,
    );
    // Let the gap since the last join update pass: the room is quiet now.
    await new Promise((resolve) => setTimeout(resolve, GAP_MS + 100));

    const vote = (phone: (typeof phones)[number]) =>
      phone.client.send({
        type: 'answer',
        blockId: POLL,
        answer: { kind: 'poll', optionIds: ['buurt'] },
      });
    const [first, ...rest] = phones;
    expect((await vote(first!)).ok).toBe(true);
    // Well inside the gap: a console that waited for its timer would miss this.
    await facilitator.waitFor((view) => answered(view) === 1, GAP_MS / 2);

    let pushes = 0;
    facilitator.socket.on(MESSAGE_EVENT, () => pushes++);
    const burstAt = Date.now();
    const acks = await Promise.all(rest.map(vote));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    // The room falls quiet once the last vote is in: its console follows within a fifth of the
    // gap, not when the whole gap since the previous update is up.
    const shown = await facilitator.waitFor((view) => answered(view) === PHONES + 1, GAP_MS / 2);
    const elapsed = Date.now() - burstAt;

    expect(answered(shown)).toBe(PHONES + 1);
    // Never two updates within a fifth of the gap, however the votes came in.
    expect(pushes).toBeLessThanOrEqual(Math.ceil(elapsed / (GAP_MS / 5)) + 1);
    expect(pushes).toBeLessThan(PHONES / 4);
  });
});
