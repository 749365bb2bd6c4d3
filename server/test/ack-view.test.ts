import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLOCK_EVENT,
  MESSAGE_EVENT,
  type ParticipantView,
  type RoomSummary,
  type View,
} from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import {
  connectFacilitator,
  joinAsParticipant,
  participantAuth,
  TestClient,
} from './support/client.js';
import { SHIPPED_SCENARIOS, startServer } from './support/server.js';
import { isParticipant } from './support/views.js';

const POLL = 'eerste-stap';

/** Counts the views the server pushes to a socket (not those carried by acks). */
function countPushes(client: TestClient): { readonly count: number } {
  const counter = { count: 0 };
  client.socket.on(MESSAGE_EVENT, () => counter.count++);
  return counter;
}

/** A round trip on the socket: whatever the server sent it before this reply has arrived. */
function roundTrip(client: TestClient): Promise<unknown> {
  return client.socket.timeout(5000).emitWithAck(CLOCK_EVENT);
}

/** A phone's vote is answered with its new view in the same message, not a second one after. */
describe('the view carried by an ack', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let url: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ config: { scenariosDir: SHIPPED_SCENARIOS }, staffGapMs: 3 });
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

  const answeredBy = (participantId: string) => (view: View) =>
    view.role === 'facilitator' && (view.runs[POLL]?.answeredBy ?? []).includes(participantId);

  it('shows the phone its answer with the ack, and sends it nothing more for that vote', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Anouk');
    clients.push(phone.client);
    await phone.client.waitFor((view) => isParticipant(view) && view.block?.id === POLL);
    await roundTrip(phone.client);
    const pushes = countPushes(phone.client);

    const ack = await phone.client.send({
      type: 'answer',
      blockId: POLL,
      answer: { kind: 'poll', optionIds: ['buurt'] },
    });

    expect(ack.ok).toBe(true);
    if (!ack.ok) return;
    expect(ack.view?.seq).toBeGreaterThanOrEqual(ack.seq);
    const carried = ack.view?.view;
    expect(carried && isParticipant(carried) ? carried.mine?.answer : null).toEqual({
      kind: 'poll',
      optionIds: ['buurt'],
    });
    await facilitator.waitFor(answeredBy(phone.participantId));
    await roundTrip(phone.client);
    expect(pushes.count).toBe(0);
  });

  it('still pushes the new view to the same participant’s other tab', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Bram');
    const secondTab = await TestClient.connect(url, participantAuth(room.code, phone.token));
    clients.push(phone.client, secondTab);
    await secondTab.waitFor((view) => isParticipant(view) && view.me.id === phone.participantId);

    const ack = await phone.client.send({
      type: 'answer',
      blockId: POLL,
      answer: { kind: 'poll', optionIds: ['plan'] },
    });

    expect(ack.ok).toBe(true);
    const shown = await secondTab.waitFor(
      (view): view is ParticipantView =>
        isParticipant(view) &&
        view.mine?.answer?.kind === 'poll' &&
        view.mine.answer.optionIds[0] === 'plan',
    );
    expect(shown.me.id).toBe(phone.participantId);
  });

  it('carries no view with a refusal, and the phone keeps what it had', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Chris');
    clients.push(phone.client);
    const before = phone.client.latestSeq;

    const ack = await phone.client.send({
      type: 'answer',
      blockId: POLL,
      answer: { kind: 'poll', optionIds: ['niet-bestaand'] },
    });

    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    expect(ack).not.toHaveProperty('view');
    expect(phone.client.latestSeq).toBe(before);
  });
});
