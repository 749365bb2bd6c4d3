import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { FacilitatorView, RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { createRoom, login } from './support/http.js';
import { readStoredLog } from './support/stored-log.js';
import { participantAuth, TestClient } from './support/client.js';
import { tempDataDir, testConfig } from './support/server.js';
import { FlakyNetwork } from './support/flaky-network.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { isFacilitator, isParticipant } from './support/views.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const POLL = 'eerste-stap';
/** vi.waitFor gives up after 1 s by default: too tight for sockets on a busy CI machine. */
const SOCKET_WAIT = { timeout: 10_000, interval: 20 };

/**
 * Phones whose network drops out for 5 seconds, a minute and ten minutes, each behind its own
 * loopback proxy that plays its Wi-Fi. They answer while cut off (the answers wait on the phone,
 * as the real client's queue keeps them) and come back as the same participant with every answer
 * in once. Within Socket.IO's recovery window (2 minutes) they come back through recovery; after
 * ten minutes through their token, which is what a real phone coming back from a long sleep needs.
 * The minute and the ten minutes pass on a moved clock (Date only: sockets run in real time).
 */
describe('flaky phones', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  let url: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const networks: FlakyNetwork[] = [];
  const phones: RetryingPhone[] = [];

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), { staffGapMs: 3 });
    url = (await app.listen()).url;
    room = await createRoom(url, await login(url), 'demo');
    facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    await facilitator.send({ type: 'session.start' });
    await facilitator.send({ type: 'block.goto', blockId: POLL });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(async () => {
    for (const phone of phones) phone.close();
    facilitator.close();
    for (const network of networks) await network.close();
    await app.close();
    data.remove();
  });

  /** A phone on its own Wi-Fi, joined and showing the vote. */
  async function phoneOnWifi(name: string): Promise<{ phone: RetryingPhone; wifi: FlakyNetwork }> {
    const wifi = await FlakyNetwork.start(Number(new URL(url).port));
    networks.push(wifi);
    const phone = new RetryingPhone(wifi.url, room.code);
    phones.push(phone);
    await phone.join(name);
    await vi.waitFor(() => expect(phone.view?.block?.id).toBe(POLL), SOCKET_WAIT);
    return { phone, wifi };
  }

  const presenceOf = (participantId: string, presence: string) =>
    facilitator.waitFor(
      (v): v is FacilitatorView =>
        isFacilitator(v) &&
        v.participants.some((p) => p.id === participantId && p.presence === presence),
      10_000,
    );

  /** Cuts the phone off, lets it answer while away, moves the clock on, and brings it back. */
  async function awayAndBack(
    phone: RetryingPhone,
    wifi: FlakyNetwork,
    awayMs: number,
    answers: string[],
  ): Promise<void> {
    wifi.cut();
    await vi.waitFor(() => expect(phone.connected).toBe(false), SOCKET_WAIT);
    await presenceOf(phone.participantId!, 'dropped');
    const sent = answers.map((optionId) =>
      phone.send({
        type: 'answer',
        blockId: POLL,
        answer: { kind: 'poll', optionIds: [optionId] },
      }),
    );
    expect(phone.unacknowledged).toBe(answers.length);
    if (awayMs <= 5_000) {
      await new Promise((resolve) => setTimeout(resolve, awayMs));
    } else {
      // Only Date moves: Socket.IO's recovery window and the server's clock read it.
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      vi.setSystemTime(Date.now() + awayMs);
    }
    wifi.restore();
    const acks = await Promise.all(sent);
    for (const ack of acks) expect(ack).toMatchObject({ ok: true });
    await presenceOf(phone.participantId!, 'connected');
  }

  /** The phone shows what the server makes of this participant now: a fresh connection's view. */
  async function expectConverged(phone: RetryingPhone, optionId: string): Promise<void> {
    await vi.waitFor(
      () => expect(phone.view?.mine?.answer).toEqual({ kind: 'poll', optionIds: [optionId] }),
      SOCKET_WAIT,
    );
    const fresh = await TestClient.connect(url, participantAuth(room.code, phone.participantToken));
    try {
      const projection = await fresh.waitFor(isParticipant);
      await vi.waitFor(() => expect(phone.view).toEqual(projection), SOCKET_WAIT);
      expect(phone.view?.me.id).toBe(phone.participantId);
    } finally {
      fresh.close();
    }
    const log = await readStoredLog({ dataDir: data.dir }, room.roomId);
    const mine = log.filter(
      (e) =>
        e.type === 'answer_submitted' &&
        e.actor.kind === 'participant' &&
        e.actor.id === phone.participantId,
    );
    // No answer doubled by the resend; joined once.
    expect(new Set(mine.map((e) => e.commandId)).size).toBe(mine.length);
    expect(
      log.filter((e) => e.type === 'participant_joined' && e.participantId === phone.participantId),
    ).toHaveLength(1);
  }

  it('comes back after 5 seconds through recovery, with the answer given while away', async () => {
    const { phone, wifi } = await phoneOnWifi('Vijf seconden');
    await awayAndBack(phone, wifi, 5_000, ['regels']);
    expect(phone.recovered).toBe(true);
    await expectConverged(phone, 'regels');
  });

  it('comes back after a minute through recovery, with a change of mind made while away', async () => {
    const { phone, wifi } = await phoneOnWifi('Een minuut');
    await awayAndBack(phone, wifi, 60_000, ['plan', 'buurt']);
    expect(phone.recovered).toBe(true);
    await expectConverged(phone, 'buurt');
  });

  it('comes back after ten minutes through its token, not recovery, as the same participant', async () => {
    const { phone, wifi } = await phoneOnWifi('Tien minuten');
    const answered = await phone.send({
      type: 'answer',
      blockId: POLL,
      answer: { kind: 'poll', optionIds: ['regels'] },
    });
    expect(answered).toMatchObject({ ok: true });
    await awayAndBack(phone, wifi, 10 * 60_000, ['plan']);
    // Socket.IO keeps a session for 2 minutes; this phone had to show its token.
    expect(phone.recovered).toBe(false);
    await expectConverged(phone, 'plan');

    const counted = await facilitator.waitFor(
      (v): v is FacilitatorView =>
        isFacilitator(v) && v.runs[POLL]?.results?.kind === 'poll' && v.runs[POLL].answered === 3,
    );
    // One vote per phone, each its last choice.
    expect(counted.runs[POLL]?.results).toEqual({
      kind: 'poll',
      respondents: 3,
      counts: { regels: 1, plan: 1, buurt: 1 },
    });
  });

  it('gets its own token back when the Wi-Fi drops between the join being kept and its ack', async () => {
    const wifi = await FlakyNetwork.start(Number(new URL(url).port));
    networks.push(wifi);
    const authority = (await app.registry.get(room.roomId))!;
    // The moment the join is durable, before its ack leaves the server, the Wi-Fi goes.
    let joinedId: string | null = null;
    const stop = authority.subscribe((events) => {
      const joined = events.find((event) => event.type === 'participant_joined');
      if (joined?.type !== 'participant_joined' || joinedId !== null) return;
      joinedId = joined.participantId;
      wifi.cut();
      setTimeout(() => wifi.restore(), 500);
    });
    const phone = new RetryingPhone(wifi.url, room.code);
    phones.push(phone);
    try {
      // The phone sends the same join again on reconnect, with its device secret, as the real
      // client does, and is answered with the token of the participant it became.
      await phone.join('Verloren Ack');
    } finally {
      stop();
    }
    expect(joinedId).not.toBeNull();
    expect(phone.participantId).toBe(joinedId);
    expect(app.keys.participantFromToken(room.roomId, phone.participantToken)).toBe(joinedId);
    await vi.waitFor(() => expect(phone.view?.me.id).toBe(joinedId), SOCKET_WAIT);
    const joins = (await readStoredLog({ dataDir: data.dir }, room.roomId)).filter(
      (e) => e.type === 'participant_joined' && e.name === 'Verloren Ack',
    );
    expect(joins).toHaveLength(1);
  });
});
