import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomSummary, Timer, View } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { connectFacilitator, joinAsParticipant, TestClient } from './support/client.js';
import { startServer } from './support/server.js';

/**
 * A visit's timer over real sockets: going back a block and forward again brings the running
 * timer back with the time that was left, on console, projector and phone alike; a break starts
 * its own timer on entering.
 */
describe('a visit keeps its timer', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let screens: TestClient[];
  let facilitator: TestClient;

  beforeAll(async () => {
    server = await startServer();
    token = await login(server.url);
    room = await createRoom(server.url, token);
    facilitator = await connectFacilitator(server.url, room.roomId, token);
    const presenter = await TestClient.connect(server.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    const phone = await joinAsParticipant(server.url, room.code, 'Anouk');
    screens = [facilitator, presenter, phone.client];
  });
  afterAll(async () => {
    for (const client of screens ?? []) client.close();
    await server.stop();
  });

  const blockOf = (view: View): string | null => {
    if (view.role === 'guest') return null;
    if (view.role !== 'facilitator') return view.block?.id ?? null;
    return view.currentBlockIndex === null
      ? null
      : (view.scenario.blocks[view.currentBlockIndex]?.id ?? null);
  };
  const timerOf = (view: View): Timer | null => (view.role === 'guest' ? null : view.timer);
  /** Waits until the console, the projector and the phone all show the block with such a timer. */
  const allShow = (blockId: string, match: (timer: Timer) => boolean) =>
    Promise.all(
      screens.map((client) =>
        client.waitFor((view) => {
          const timer = timerOf(view);
          return blockOf(view) === blockId && timer !== null && match(timer);
        }),
      ),
    ).then((views) => views.map(timerOf));
  const ok = async (command: Record<string, unknown>) =>
    expect((await facilitator.send(command)).ok).toBe(true);

  it('going back a block and forward again resumes where the running timer was', async () => {
    await ok({ type: 'block.goto', blockId: 'casus-bureaucraat' });
    await ok({ type: 'timer.start' });
    const [running] = await allShow('casus-bureaucraat', (timer) => timer.status === 'running');
    const endsAt = running?.status === 'running' ? running.endsAt : 0;
    const leaving = Date.now();
    await ok({ type: 'block.previous' });
    const left = Date.now();
    await allShow('welkom', (timer) => timer.status === 'idle');
    // A while on the other block: that time must not come off the case's clock.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await ok({ type: 'block.next' });
    const timers = await allShow('casus-bureaucraat', (timer) => timer.status !== 'idle');
    for (const timer of timers) {
      expect(timer?.status).toBe('paused');
      const remaining = timer?.status === 'paused' ? timer.remainingMs : 0;
      expect(remaining).toBeGreaterThanOrEqual(endsAt - left);
      expect(remaining).toBeLessThanOrEqual(endsAt - leaving);
    }
    await ok({ type: 'timer.resume' });
    await allShow('casus-bureaucraat', (timer) => timer.status === 'running');
  });

  it('lets no deadline pass for a block off screen, and brings back what was left', async () => {
    // Shorten what is left to under half a second, then leave at once.
    await ok({ type: 'timer.extend', byMs: -119_600 });
    await ok({ type: 'block.previous' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    const log = await readLog(server.url, token, room.roomId);
    expect(log.events.filter((event) => event.type === 'timer_expired')).toHaveLength(0);
    const paused = log.events.filter((event) => event.type === 'timer_paused');
    expect(paused.at(-1)).toMatchObject({ automatic: true, actor: { kind: 'facilitator' } });
    await ok({ type: 'block.next' });
    const [timer] = await allShow('casus-bureaucraat', (t) => t.status === 'paused');
    expect(timer?.status === 'paused' && timer.remainingMs).toBeGreaterThan(0);
    expect(timer?.status === 'paused' && timer.remainingMs).toBeLessThan(1_000);
  });

  it('starts a break’s timer on entering it, in the same batch, marked automatic', async () => {
    const before = Date.now();
    await ok({ type: 'block.goto', blockId: 'pauze' });
    const timers = await allShow('pauze', (timer) => timer.status === 'running');
    for (const timer of timers) {
      const endsAt = timer?.status === 'running' ? timer.endsAt : 0;
      expect(endsAt - before).toBeGreaterThanOrEqual(59_000);
      expect(endsAt - Date.now()).toBeLessThanOrEqual(60_000);
    }
    const log = await readLog(server.url, token, room.roomId);
    const [entered, started] = log.events.slice(-2);
    expect(entered).toMatchObject({ type: 'block_entered', blockIndex: 2 });
    expect(started).toMatchObject({ type: 'timer_started', automatic: true });
    expect(started?.commandId).toBe(entered?.commandId);
    expect(started?.at).toBe(entered?.at);
  });
});
