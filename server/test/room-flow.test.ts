import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  FacilitatorView,
  ParticipantView,
  PresenterView,
  RoomSummary,
} from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import {
  connectFacilitator,
  joinAsParticipant,
  newCommandId,
  participantAuth,
  TestClient,
} from './support/client.js';
import { startServer } from './support/server.js';
import { isFacilitator, isParticipant, isPresenter } from './support/views.js';

/** A whole room over real sockets: a facilitator, a presenter and three phones. */
describe('a live room', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  let presenter: TestClient;
  const phones: Array<Awaited<ReturnType<typeof joinAsParticipant>>> = [];

  beforeAll(async () => {
    server = await startServer();
    token = await login(server.url);
    room = await createRoom(server.url, token);
    facilitator = await connectFacilitator(server.url, room.roomId, token);
    presenter = await TestClient.connect(server.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
  });
  afterAll(async () => {
    for (const client of [facilitator, presenter, ...phones.map((p) => p.client)]) client?.close();
    await server.stop();
  });

  const facilitatorView = (predicate: (view: FacilitatorView) => boolean = () => true) =>
    facilitator.waitFor((view): view is FacilitatorView => isFacilitator(view) && predicate(view));

  it('lets phones join by code, named and anonymous, and the console sees them', async () => {
    phones.push(await joinAsParticipant(server.url, room.code.toLowerCase(), 'Anouk'));
    phones.push(await joinAsParticipant(server.url, room.code, 'Bram'));
    phones.push(await joinAsParticipant(server.url, room.code, null));
    const view = await facilitatorView((v) => v.participants.length === 3);
    expect(view.participants.map((p) => p.name)).toEqual(['Anouk', 'Bram', null]);
    expect(view.participants.every((p) => p.presence === 'connected')).toBe(true);
    const screen = await presenter.waitFor(
      (v): v is PresenterView => isPresenter(v) && v.headcount.connected === 3,
    );
    expect(screen.room.code).toBe(room.code);
    expect(JSON.stringify(screen)).not.toContain('Anouk');
    const phone = phones[0]!.client.latest as ParticipantView;
    expect(phone.me.name).toBe('Anouk');
    expect(JSON.stringify(phone)).not.toContain('Bram');
  });

  it('starts the session on the first block for every screen', async () => {
    const ack = await facilitator.send({ type: 'session.start' });
    expect(ack.ok).toBe(true);
    for (const { client } of phones) {
      const view = await client.waitFor(
        (v): v is ParticipantView => isParticipant(v) && v.block?.id === 'welkom',
      );
      expect(view.block?.text).toBe('Fijn dat je er bent.');
      expect(view.room.status).toBe('running');
    }
    const screen = await presenter.waitFor((v) => isPresenter(v) && v.block?.id === 'welkom');
    expect(isPresenter(screen) && screen.block?.text).toBe('Welkom bij de korte ronde.');
  });

  it('refuses facilitator commands from phones and the presenter, changing nothing', async () => {
    const seqBefore = facilitator.latestSeq;
    const fromPhone = await phones[0]!.client.send({ type: 'block.next' });
    expect(fromPhone).toEqual({
      ok: false,
      error: { code: 'not_facilitator', message: expect.any(String) },
    });
    const fromPresenter = await presenter.send({ type: 'session.end' });
    expect(fromPresenter.ok === false && fromPresenter.error.code).toBe('not_facilitator');
    const joinFromPresenter = await presenter.send({ type: 'join', name: 'Mallory' });
    expect(joinFromPresenter.ok === false && joinFromPresenter.error.code).toBe('not_participant');
    const log = await readLog(server.url, token, room.roomId);
    expect(log.events.at(-1)!.seq).toBe(seqBefore);
  });

  it('refuses malformed commands with the offending field', async () => {
    const cases: Array<[unknown, string, string | undefined]> = [
      ['not an object', 'invalid_payload', undefined],
      [{ v: 2, id: newCommandId(), type: 'block.next' }, 'unsupported_version', 'v'],
      [{ v: 1, id: newCommandId(), type: 'block.jump' }, 'unknown_command', 'type'],
      [{ v: 1, id: 'short', type: 'block.next' }, 'invalid_payload', 'id'],
      [{ v: 1, id: newCommandId(), type: 'timer.extend', byMs: 'lots' }, 'invalid_payload', 'byMs'],
      [
        { v: 1, id: newCommandId(), type: 'block.goto', blockId: 'bestaat-niet' },
        'unknown_block',
        'blockId',
      ],
    ];
    for (const [payload, code, field] of cases) {
      const ack = await facilitator.sendRaw(payload);
      expect(ack.ok, JSON.stringify(payload)).toBe(false);
      if (!ack.ok) {
        expect(ack.error.code).toBe(code);
        expect(ack.error.field).toBe(field);
      }
    }
    const tooLong = await phones[1]!.client.sendRaw({
      v: 1,
      id: newCommandId(),
      type: 'leave',
      x: 1,
    });
    expect(tooLong.ok === false && tooLong.error.code).toBe('invalid_payload');
    expect((await facilitatorView()).currentBlockIndex).toBe(0);
  });

  it('moves next, previous and to any block', async () => {
    expect((await facilitator.send({ type: 'block.next' })).ok).toBe(true);
    await phones[2]!.client.waitFor((v) => isParticipant(v) && v.block?.id === 'casus-bureaucraat');
    const casus = phones[2]!.client.latest as ParticipantView;
    expect(casus.block?.perspective).toBe('bureaucraat');
    expect((await facilitator.send({ type: 'block.previous' })).ok).toBe(true);
    expect((await facilitator.send({ type: 'block.goto', blockId: 'pauze' })).ok).toBe(true);
    const view = await facilitatorView((v) => v.currentBlockIndex === 2);
    expect(view.visits.map((visit) => visit.blockIndex)).toEqual([0, 1, 0, 2]);
    const first = await facilitator.send({ type: 'block.previous' });
    expect(first.ok).toBe(true);
  });

  it('keeps the timer as a deadline: start, pause, resume, extend', async () => {
    const started = await facilitator.send({ type: 'timer.start' });
    expect(started.ok).toBe(true);
    const running = await facilitatorView((v) => v.timer?.status === 'running');
    const endsAt = running.timer?.status === 'running' ? running.timer.endsAt : 0;
    // Block 'casus-bureaucraat' is planned at 2 minutes.
    expect(endsAt - Date.now()).toBeGreaterThan(110_000);
    expect(endsAt - Date.now()).toBeLessThanOrEqual(120_000);

    const again = await facilitator.send({ type: 'timer.start' });
    expect(again.ok === false && again.error.code).toBe('invalid_state');

    await facilitator.send({ type: 'timer.pause' });
    const paused = await facilitatorView((v) => v.timer?.status === 'paused');
    const remaining = paused.timer?.status === 'paused' ? paused.timer.remainingMs : 0;
    expect(remaining).toBeGreaterThan(110_000);

    await facilitator.send({ type: 'timer.extend', byMs: 60_000 });
    const extended = await facilitatorView(
      (v) => v.timer?.status === 'paused' && v.timer.remainingMs === remaining + 60_000,
    );
    expect(extended.timer?.durationMs).toBe(180_000);
    await facilitator.send({ type: 'timer.resume' });
    const phone = await phones[0]!.client.waitFor(
      (v): v is ParticipantView => isParticipant(v) && v.timer?.status === 'running',
    );
    expect(phone.timer?.status === 'running' && phone.timer.endsAt).toBeGreaterThan(
      Date.now() + 170_000,
    );
  });

  it('writes an automatic event when the deadline passes', async () => {
    await facilitator.send({ type: 'timer.reset' });
    await facilitator.send({ type: 'timer.start' });
    // Shorten the 2 minutes to under half a second.
    await facilitator.send({ type: 'timer.extend', byMs: -119_600 });
    await facilitatorView((v) => v.timer?.status === 'expired');
    const log = await readLog(server.url, token, room.roomId);
    const expired = log.events.filter((event) => event.type === 'timer_expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ automatic: true, actor: { kind: 'system' } });
    await phones[1]!.client.waitFor((v) => isParticipant(v) && v.timer?.status === 'expired');
  });

  it('applies a retried command once', async () => {
    const id = newCommandId();
    const first = await facilitator.send({ type: 'block.next' }, id);
    const retry = await facilitator.send({ type: 'block.next' }, id);
    expect(first.ok && retry.ok).toBe(true);
    expect(retry).toEqual(first);
    const view = await facilitatorView((v) => v.currentBlockIndex === 2);
    expect(view.currentBlockIndex).toBe(2);
  });

  it('keeps a dropped phone as the same participant when it reconnects with its token', async () => {
    const phone = phones[1]!;
    phone.client.close();
    await facilitatorView((v) => v.participants[1]?.presence === 'dropped');
    expect((await facilitatorView()).headcount).toEqual({ members: 3, connected: 2 });

    const back = await TestClient.connect(server.url, participantAuth(room.code, phone.token));
    const view = await back.waitFor(isParticipant);
    expect(view.me).toEqual({ id: phone.participantId, name: 'Bram' });
    expect(view.block?.id).toBe('pauze');
    await facilitatorView((v) => v.participants[1]?.presence === 'connected');
    expect((await facilitatorView()).participants).toHaveLength(3);
    phones[1] = { ...phone, client: back };
  });

  it('refuses a forged or foreign token and an unknown code', async () => {
    await expect(
      TestClient.connect(
        server.url,
        participantAuth(room.code, `${phones[0]!.participantId}.forged`),
      ),
    ).rejects.toThrow('invalid_token');
    await expect(TestClient.connect(server.url, participantAuth('ZZZZZZ'))).rejects.toThrow(
      'unknown_code',
    );
    await expect(
      TestClient.connect(server.url, {
        v: 1,
        role: 'presenter',
        roomId: room.roomId,
        key: room.facilitatorKey.slice(1),
      }),
    ).rejects.toThrow('unauthorized');
    await expect(
      TestClient.connect(server.url, {
        v: 1,
        role: 'facilitator',
        roomId: room.roomId,
        key: room.presenterKey,
      }),
    ).rejects.toThrow('unauthorized');
  });

  it('lets a participant leave; their token no longer gets in', async () => {
    const phone = phones[2]!;
    const ack = await phone.client.send({ type: 'leave' });
    expect(ack.ok).toBe(true);
    await phone.client.waitFor((v) => v.role === 'guest');
    const view = await facilitatorView((v) => v.participants[2]?.presence === 'left');
    expect(view.headcount.members).toBe(2);
    await expect(
      TestClient.connect(server.url, participantAuth(room.code, phone.token)),
    ).rejects.toThrow('participant_left');
  });

  it('ends the session for everyone and then refuses further commands', async () => {
    expect((await facilitator.send({ type: 'session.end' })).ok).toBe(true);
    const phone = await phones[0]!.client.waitFor(
      (v) => isParticipant(v) && v.room.status === 'ended',
    );
    expect(isParticipant(phone) && phone.block).toBeNull();
    await presenter.waitFor((v) => isPresenter(v) && v.room.status === 'ended');
    const after = await facilitator.send({ type: 'block.next' });
    expect(after.ok === false && after.error.code).toBe('room_ended');
    const late = await TestClient.connect(server.url, participantAuth(room.code));
    expect((await late.send({ type: 'join', name: 'Laatkomer' })).ok).toBe(false);
    late.close();

    const log = await readLog(server.url, token, room.roomId);
    const seqs = log.events.map((event) => event.seq);
    expect(seqs).toEqual(seqs.map((_, i) => i + 1));
    expect(log.events.at(-1)!.type).toBe('session_ended');
  });
});
