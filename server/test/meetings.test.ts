import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { ParticipantView, PresenterView, RoomSummary } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, participantAuth, TestClient } from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { isParticipant, isPresenter } from './support/views.js';

const MEETINGS = fileURLToPath(new URL('./fixtures/meetings', import.meta.url));

/**
 * A two-day cohort over real sockets: day one ends with intentions and a rest; the server is
 * stopped and started again on the same data, as weeks later; the phones come back with their
 * tokens (what their return link carries) and day two opens with each one's own intentions.
 */
describe('a cohort over two meetings, with a restart between the days', () => {
  const data = tempDataDir();
  const clients: TestClient[] = [];
  const servers: Array<Awaited<ReturnType<typeof startServer>>> = [];
  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of servers) await server.stop().catch(() => undefined);
    data.remove();
  });
  const start = async () => {
    const server = await startServer({ dataDir: data.dir, config: { scenariosDir: MEETINGS } });
    servers.push(server);
    return server;
  };
  const phoneView = (client: TestClient, predicate: (v: ParticipantView) => boolean) =>
    client.waitFor((v): v is ParticipantView => isParticipant(v) && predicate(v));

  it('rests, survives the restart, and opens day two with the own intentions', async () => {
    const first = await start();
    const token = await login(first.url);
    const room: RoomSummary = await createRoom(first.url, token, 'twee-dagen');
    const console1 = await TestClient.connect(first.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    clients.push(console1);
    const anouk = await joinAsParticipant(first.url, room.code, 'Anouk');
    const bram = await joinAsParticipant(first.url, room.code, null);
    clients.push(anouk.client, bram.client);

    // A one-sitting rule: closing before the session runs is refused and changes nothing.
    const early = await console1.send({ type: 'meeting.close' });
    expect(early.ok ? null : early.error.code).toBe('invalid_state');

    expect((await console1.send({ type: 'session.start' })).ok).toBe(true);
    // The next meeting's blocks are not reached by navigation.
    const jump = await console1.send({ type: 'block.goto', blockId: 'terugblik' });
    expect(jump.ok ? null : jump.error.message).toContain('close this meeting first');
    expect((await console1.send({ type: 'block.next' })).ok).toBe(true);
    const beyond = await console1.send({ type: 'block.next' });
    expect(beyond.ok ? null : beyond.error.message).toContain('is in meeting 2');

    const intention = 'De wethouder voortaan vooraf bellen';
    const wrote = await anouk.client.send({
      type: 'answer',
      blockId: 'voornemens',
      answer: { kind: 'intentions', items: [intention] },
    });
    expect(wrote.ok).toBe(true);
    expect((await console1.send({ type: 'timer.start' })).ok).toBe(true);

    expect((await console1.send({ type: 'meeting.close' })).ok).toBe(true);
    const resting = await phoneView(
      anouk.client,
      (v) => v.room.meeting?.restingSince !== null && v.block === null,
    );
    expect(resting.room.meeting).toMatchObject({
      number: 1,
      count: 2,
      next: 'Dag 2: terug uit de praktijk',
    });
    expect(resting.summary.intentions).toEqual([intention]);

    // While the room rests: no answer, no timer, no navigation; each refusal says why.
    const late = await bram.client.send({
      type: 'answer',
      blockId: 'voornemens',
      answer: { kind: 'intentions', items: ['Te laat'] },
    });
    expect(late.ok ? null : late.error.code).toBe('room_resting');
    const timer = await console1.send({ type: 'timer.resume' });
    expect(timer.ok ? null : timer.error.code).toBe('room_resting');
    const back = await console1.send({ type: 'block.previous' });
    expect(back.ok ? null : back.error.code).toBe('room_resting');

    // Weeks pass: the server goes down and comes back on the same data.
    for (const client of clients.splice(0)) client.close();
    await first.stop();
    const second = await start();
    const console2 = await TestClient.connect(second.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: await login(second.url),
    });
    clients.push(console2);
    const presenter = await TestClient.connect(second.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    clients.push(presenter);
    const anoukAgain = await TestClient.connect(
      second.url,
      participantAuth(room.code, anouk.token),
    );
    const bramAgain = await TestClient.connect(second.url, participantAuth(room.code, bram.token));
    clients.push(anoukAgain, bramAgain);
    const stillResting = await phoneView(anoukAgain, () => true);
    expect(stillResting.room.meeting?.restingSince).toBe(resting.room.meeting?.restingSince);
    // The paused timer did not run out during the rest.
    const log = await readLog(second.url, await login(second.url), room.roomId);
    expect(log.events.map((e) => e.type)).not.toContain('timer_expired');

    expect((await console2.send({ type: 'meeting.start' })).ok).toBe(true);
    const dayTwo = await phoneView(anoukAgain, (v) => v.block?.id === 'terugblik');
    expect(dayTwo.room.meeting).toMatchObject({ number: 2, restingSince: null, next: null });
    expect(dayTwo.mine?.intentions).toEqual([intention]);
    const bramDayTwo = await phoneView(bramAgain, (v) => v.block?.id === 'terugblik');
    expect(bramDayTwo.mine?.intentions).toEqual([]);
    expect(JSON.stringify(bramDayTwo)).not.toContain(intention);
    await presenter.waitFor(
      (v): v is PresenterView => isPresenter(v) && v.block?.id === 'terugblik',
    );

    // Day two is the last: it ends as a session does, not with a rest.
    const closeLast = await console2.send({ type: 'meeting.close' });
    expect(closeLast.ok ? null : closeLast.error.message).toContain('end the session instead');
  });

  it('refuses a token of another cohort plainly', async () => {
    const server = servers.at(-1)!;
    const token = await login(server.url);
    const one = await createRoom(server.url, token, 'twee-dagen');
    const other = await createRoom(server.url, token, 'twee-dagen');
    const phone = await joinAsParticipant(server.url, one.code, 'Carla');
    clients.push(phone.client);
    await expect(
      TestClient.connect(server.url, participantAuth(other.code, phone.token)),
    ).rejects.toThrow('invalid_token');
  });
});
