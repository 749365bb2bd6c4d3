import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  API,
  ImportResponseSchema,
  RoomSummaryListSchema,
  type LogExport,
} from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, type TestClient } from './support/client.js';
import { startServer } from './support/server.js';

const MEETINGS = fileURLToPath(new URL('./fixtures/meetings', import.meta.url));
const HOUR = 3_600_000;

/**
 * The library tells a training of two days by its days: the week between them is a rest, which
 * the room list carries, live and after the log was exported and imported elsewhere.
 */
describe('the rests of a training of several days in the library', () => {
  let clock = Date.UTC(2026, 2, 3, 8, 0);
  const servers: Array<Awaited<ReturnType<typeof startServer>>> = [];
  const clients: TestClient[] = [];
  afterAll(async () => {
    for (const client of clients) client.close();
    for (const server of servers) await server.stop();
  });

  it('lists the week between the days as rested, also once imported elsewhere', async () => {
    const start = async () => {
      const server = await startServer({ now: () => clock, config: { scenariosDir: MEETINGS } });
      servers.push(server);
      return server;
    };
    const a = await start();
    const token = await login(a.url);
    const room = await createRoom(a.url, token, 'twee-dagen');
    const trainer = await connectFacilitator(a.url, room.roomId, token);
    clients.push(trainer);
    const send = async (command: Parameters<TestClient['send']>[0]) =>
      expect(await trainer.send(command)).toMatchObject({ ok: true });
    await send({ type: 'session.start' });
    clock += 6 * HOUR;
    await send({ type: 'meeting.close' });
    clock += 7 * 24 * HOUR - 6 * HOUR;
    await send({ type: 'meeting.start' });
    clock += 5 * HOUR;
    await send({ type: 'session.end' });

    const listed = async (url: string, bearer: string, roomId: string) => {
      const response = await fetch(url + API.rooms, {
        headers: { authorization: `Bearer ${bearer}` },
      });
      const list = RoomSummaryListSchema.parse(await response.json());
      return list.find((r) => r.roomId === roomId)!;
    };
    // A week on, the trainer logs in again.
    const later = await login(a.url);
    const live = await listed(a.url, later, room.roomId);
    expect(live.restedMs).toBe(7 * 24 * HOUR - 6 * HOUR);
    // Its length is its two days of work, 6 and 5 hours.
    expect(live.endedAt! - live.startedAt! - live.restedMs).toBe(11 * HOUR);

    const file = (await (
      await fetch(a.url + API.exportJson(room.roomId), {
        headers: { authorization: `Bearer ${later}` },
      })
    ).json()) as LogExport;
    const b = await start();
    const other = await login(b.url);
    const response = await fetch(b.url + API.import, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${other}` },
      body: JSON.stringify(file),
    });
    expect(response.status).toBe(201);
    const { roomId } = ImportResponseSchema.parse(await response.json());
    expect((await listed(b.url, other, roomId)).restedMs).toBe(live.restedMs);
  });
});
