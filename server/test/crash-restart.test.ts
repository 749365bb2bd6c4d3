import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import type { FacilitatorView, RoomEvent } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { newCommandId, newDeviceSecret, participantAuth, TestClient } from './support/client.js';
import { tempDataDir } from './support/server.js';
import { kill9, spawnServer } from './support/process.js';
import { RetryingPhone } from './support/retrying-phone.js';
import { isFacilitator, isParticipant } from './support/views.js';

/**
 * The server is killed with SIGKILL mid-session and started again on the same data directory:
 * every room, participant and timer is back, nothing acknowledged is lost and nothing doubles.
 */
describe('crash and restart', () => {
  const data = tempDataDir();
  const children: ChildProcess[] = [];
  const clients: TestClient[] = [];
  const phones: RetryingPhone[] = [];
  afterAll(() => {
    for (const client of clients) client.close();
    for (const phone of phones) phone.close();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    data.remove();
  });

  it('brings rooms back from the log after SIGKILL', async () => {
    // Before the crash: a running room with three phones and a running timer.
    const first = await spawnServer(data.dir);
    children.push(first.child);
    const token = await login(first.url);
    const room = await createRoom(first.url, token);
    const facilitator = await TestClient.connect(first.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    clients.push(facilitator);
    const joinIds = [newCommandId(), newCommandId(), newCommandId()];
    const devices = joinIds.map(() => newDeviceSecret());
    const phones = [];
    const names = ['Anouk', 'Bram', null] as const;
    for (const [i, name] of names.entries()) {
      const phone = await TestClient.connect(first.url, participantAuth(room.code));
      const ack = await phone.send({ type: 'join', name, device: devices[i] }, joinIds[i]);
      if (!ack.ok || !ack.join) throw new Error('join failed');
      phones.push({ client: phone, ...ack.join });
      clients.push(phone);
    }
    const startId = newCommandId();
    expect((await facilitator.send({ type: 'session.start' }, startId)).ok).toBe(true);
    expect((await facilitator.send({ type: 'block.next' })).ok).toBe(true);
    const timerId = newCommandId();
    const timerAck = await facilitator.send({ type: 'timer.start' }, timerId);
    expect(timerAck.ok).toBe(true);

    // A second room whose deadline passes while the server is down.
    const shortRoom = await createRoom(first.url, token);
    const shortConsole = await TestClient.connect(first.url, {
      v: 1,
      role: 'facilitator',
      roomId: shortRoom.roomId,
      key: token,
    });
    clients.push(shortConsole);
    await shortConsole.send({ type: 'block.goto', blockId: 'casus-bureaucraat' });
    await shortConsole.send({ type: 'timer.start' });
    await shortConsole.send({ type: 'timer.extend', byMs: -119_000 });

    const before = await facilitator.waitFor(
      (v): v is FacilitatorView => isFacilitator(v) && v.timer?.status === 'running',
    );
    const logBefore = (await readLog(first.url, token, room.roomId)).events;

    await kill9(first.child);
    for (const client of clients) client.close();
    await new Promise((resolve) => setTimeout(resolve, 1200));

    // After the restart: same data directory, new process.
    const second = await spawnServer(data.dir);
    children.push(second.child);
    const token2 = await login(second.url);
    const logAfterRestore = (await readLog(second.url, token2, room.roomId)).events;
    expect(logAfterRestore.slice(0, logBefore.length)).toEqual(logBefore);
    // The restart itself writes only that the three phones are no longer connected.
    const added = logAfterRestore.slice(logBefore.length);
    expect(added.map((e) => e.type)).toEqual([
      'presence_changed',
      'presence_changed',
      'presence_changed',
    ]);
    expect(added.every((e) => e.actor.kind === 'system')).toBe(true);

    // Phones come back with their tokens as the same participants, on the same block.
    for (const [i, phone] of phones.entries()) {
      const back = await TestClient.connect(second.url, participantAuth(room.code, phone.token));
      clients.push(back);
      const view = await back.waitFor(isParticipant);
      expect(view.me.id).toBe(phone.participantId);
      expect(view.block?.id).toBe('casus-bureaucraat');
      expect(view.timer).toEqual(before.timer);
      // A join retried after the crash gives back the same participant, not a new one...
      const name = names[i] ?? null;
      const retry = await back.send({ type: 'join', name, device: devices[i] }, joinIds[i]);
      expect(retry.ok && retry.join?.participantId).toBe(phone.participantId);
      // ...but another join under its id is not taken for it, after the restart as before.
      const other = await back.send(
        { type: 'join', name: 'Iemand anders', device: devices[i] },
        joinIds[i],
      );
      expect(other).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
    }
    const console2 = await TestClient.connect(second.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token2,
    });
    clients.push(console2);
    const after = await console2.waitFor(
      (v): v is FacilitatorView =>
        isFacilitator(v) && v.participants.every((p) => p.presence === 'connected'),
    );
    expect(after.currentBlockIndex).toBe(before.currentBlockIndex);
    expect(after.timer).toEqual(before.timer);
    expect(after.participants.map((p) => p.id)).toEqual(before.participants.map((p) => p.id));

    // Commands retried after the crash are not applied twice.
    const retriedTimer = await console2.send({ type: 'timer.start' }, timerId);
    expect(retriedTimer).toEqual(timerAck);
    const retriedStart = await console2.send({ type: 'session.start' }, startId);
    expect(retriedStart.ok).toBe(true);

    const logFinal = (await readLog(second.url, token2, room.roomId)).events;
    expect(logFinal.map((e) => e.seq)).toEqual(logFinal.map((_, i) => i + 1));
    expect(countBy(logFinal, 'participant_joined')).toBe(3);
    expect(countBy(logFinal, 'session_started')).toBe(1);
    expect(countBy(logFinal, 'timer_started')).toBe(1);

    // The deadline that passed during the outage was written, automatically, on restore.
    const shortLog = (await readLog(second.url, token2, shortRoom.roomId)).events;
    const expired = shortLog.filter((e) => e.type === 'timer_expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ automatic: true, actor: { kind: 'system' } });

    await kill9(second.child);
  }, 60_000);

  it('lets a phone that reconnects by itself back in with its token after a restart', async () => {
    const first = await spawnServer(data.dir);
    children.push(first.child);
    const room = await createRoom(first.url, await login(first.url));
    const phone = new RetryingPhone(first.url, room.code);
    phones.push(phone);
    await phone.join('Anouk');
    await vi.waitFor(() => expect(phone.view?.me.id).toBe(phone.participantId), {
      timeout: 10_000,
    });

    await kill9(first.child);
    await vi.waitFor(() => expect(phone.connected).toBe(false), { timeout: 10_000 });
    phone.view = null;
    // Same port: the socket comes back on its own, with Socket.IO's recovery fields in its auth.
    const second = await spawnServer(data.dir, { port: first.port });
    children.push(second.child);
    await vi.waitFor(() => expect(phone.view?.me.id).toBe(phone.participantId), {
      timeout: 20_000,
      interval: 50,
    });
    // The restarted server has no session to recover: the token let the phone in.
    expect(phone.recovered).toBe(false);
    expect(phone.connected).toBe(true);
    await kill9(second.child);
  }, 60_000);
});

function countBy(events: RoomEvent[], type: RoomEvent['type']): number {
  return events.filter((event) => event.type === type).length;
}
