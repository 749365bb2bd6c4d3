import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { createRoom, login, readLog } from './support/http.js';
import { TestClient } from './support/client.js';
import { tempDataDir, testConfig } from './support/server.js';
import { isFacilitator } from './support/views.js';

const IDLE_MS = 10 * 60_000;

/**
 * Ended rooms leave memory once nobody uses them, and come back from the log when asked for;
 * a running room, or an ended one still on the projector, stays.
 */
describe('letting go of idle ended rooms', () => {
  const data = tempDataDir();
  let clock = Date.now();
  let app: SamenspelApp;
  let url: string;
  let token: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir), {
      now: () => clock,
      staffGapMs: 3,
      eviction: { idleMs: IDLE_MS, everyMs: 20 },
    });
    url = (await app.listen()).url;
    token = await login(url);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await app.close();
    data.remove();
  });

  const inMemory = (roomId: string) =>
    app.registry.liveRooms.some((authority) => authority.roomId === roomId);
  const facilitatorOf = async (room: RoomSummary) => {
    const client = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    clients.push(client);
    return client;
  };
  const endedRoom = async () => {
    const room = await createRoom(url, token);
    const console = await facilitatorOf(room);
    expect((await console.send({ type: 'session.start' })).ok).toBe(true);
    expect((await console.send({ type: 'session.end' })).ok).toBe(true);
    return { room, console };
  };
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
    return condition();
  };

  it('lets go of an ended room nobody uses, and loads it again when asked for', async () => {
    const { room, console } = await endedRoom();
    const running = await createRoom(url, token);
    const onProjector = await endedRoom();
    const presenter = await TestClient.connect(url, {
      v: 1,
      role: 'presenter',
      roomId: onProjector.room.roomId,
      key: onProjector.room.presenterKey,
    });
    clients.push(presenter);
    onProjector.console.close();
    console.close();
    const logBefore = (await readLog(url, token, room.roomId)).events;

    clock += IDLE_MS + 1;
    expect(await until(() => !inMemory(room.roomId))).toBe(true);
    expect(inMemory(running.roomId)).toBe(true);
    expect(inMemory(onProjector.room.roomId)).toBe(true);

    // Opened again from the library: the same log, and the console shows the ended session.
    expect((await readLog(url, token, room.roomId)).events).toEqual(logBefore);
    const again = await facilitatorOf(room);
    await again.waitFor((view) => isFacilitator(view) && view.room.status === 'ended');
    expect(inMemory(room.roomId)).toBe(true);
  });
});
