import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, RoomSummaryListSchema, RoomSummarySchema, type RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { connectFacilitator, droppedWithin, TestClient } from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { readStoredLog } from './support/stored-log.js';

const presenterAuth = (roomId: string, key: string) =>
  ({ v: 1, role: 'presenter', roomId, key }) as const;

async function renewLinks(url: string, token: string, roomId: string): Promise<Response> {
  return fetch(url + API.links(roomId), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  });
}

async function roomsSeenWith(url: string, token: string): Promise<Response> {
  return fetch(url + API.rooms, { headers: { authorization: `Bearer ${token}` } });
}

/** Issue 13, part 7: renewing one room's links, and a logout that really ends the session. */
describe('revocation', () => {
  const data = tempDataDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let otherRoom: RoomSummary;
  const clients: TestClient[] = [];
  const connect = async (auth: Parameters<typeof TestClient.connect>[1]) => {
    const client = await TestClient.connect(server.url, auth);
    clients.push(client);
    return client;
  };
  const start = async () => {
    server = await startServer({ dataDir: data.dir });
    token = await login(server.url);
  };

  beforeAll(async () => {
    await start();
    room = await createRoom(server.url, token);
    otherRoom = await createRoom(server.url, token);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
    data.remove();
  });

  it("renews one room's links: old ones are shut out at once and refused after, other rooms untouched", async () => {
    const projector = await connect(presenterAuth(room.roomId, room.presenterKey));
    const coFacilitator = await connectFacilitator(server.url, room.roomId, room.facilitatorKey);
    clients.push(coFacilitator);
    const mainConsole = await connectFacilitator(server.url, room.roomId, token);
    clients.push(mainConsole);
    const otherProjector = await connect(presenterAuth(otherRoom.roomId, otherRoom.presenterKey));

    // A co-facilitator cannot renew the links over their own socket and so stay in.
    const fromSocket = await coFacilitator.send({ type: 'links.renew' });
    expect(fromSocket).toMatchObject({ ok: false, error: { code: 'unauthorized' } });

    const response = await renewLinks(server.url, token, room.roomId);
    expect(response.status).toBe(200);
    const renewed = RoomSummarySchema.parse(await response.json());
    expect(renewed.presenterKey).not.toBe(room.presenterKey);
    expect(renewed.facilitatorKey).not.toBe(room.facilitatorKey);

    expect(await droppedWithin(projector, 2000)).toBe(true);
    expect(await droppedWithin(coFacilitator, 2000)).toBe(true);
    // The passphrase's own console and the other room's projector stay on.
    expect(await droppedWithin(mainConsole, 300)).toBe(false);
    expect(await droppedWithin(otherProjector, 10)).toBe(false);

    await expect(
      TestClient.connect(server.url, presenterAuth(room.roomId, room.presenterKey)),
    ).rejects.toThrow('unauthorized');
    await expect(connectFacilitator(server.url, room.roomId, room.facilitatorKey)).rejects.toThrow(
      'unauthorized',
    );
    const fresh = await connect(presenterAuth(room.roomId, renewed.presenterKey));
    expect(fresh.latest.role).toBe('presenter');
    clients.push(await connectFacilitator(server.url, room.roomId, renewed.facilitatorKey));

    // The QR link's token follows the links too: the new keys get it, the old ones do not.
    const joinLinkWith = (key: string) =>
      fetch(server.url + API.joinLink(room.roomId), {
        headers: { authorization: `Bearer ${key}` },
      });
    for (const key of [renewed.presenterKey, renewed.facilitatorKey]) {
      expect((await joinLinkWith(key)).status).toBe(200);
    }
    for (const key of [room.presenterKey, room.facilitatorKey]) {
      expect((await joinLinkWith(key)).status).toBe(401);
    }

    // The library lists the new links; the other room keeps its own.
    const listed = RoomSummaryListSchema.parse(
      await (await roomsSeenWith(server.url, token)).json(),
    );
    expect(listed.find((r) => r.roomId === room.roomId)?.presenterKey).toBe(renewed.presenterKey);
    expect(listed.find((r) => r.roomId === otherRoom.roomId)).toMatchObject({
      presenterKey: otherRoom.presenterKey,
      facilitatorKey: otherRoom.facilitatorKey,
    });
    // The log knows, so the replay and the report do too.
    const renewals = (await readStoredLog({ dataDir: data.dir }, room.roomId)).filter(
      (e) => e.type === 'links_renewed',
    );
    expect(renewals).toMatchObject([{ generation: 1, actor: { kind: 'facilitator' } }]);
    room = renewed;
  });

  it('renews the links of an ended session too, and keeps them renewed after a restart', async () => {
    const console = await connectFacilitator(server.url, room.roomId, token);
    clients.push(console);
    expect((await console.send({ type: 'session.end' })).ok).toBe(true);
    const response = await renewLinks(server.url, token, room.roomId);
    expect(response.status).toBe(200);
    const second = RoomSummarySchema.parse(await response.json());

    await server.stop();
    await start();
    await expect(
      TestClient.connect(server.url, presenterAuth(room.roomId, room.presenterKey)),
    ).rejects.toThrow('unauthorized');
    await expect(connectFacilitator(server.url, room.roomId, room.facilitatorKey)).rejects.toThrow(
      'unauthorized',
    );
    expect((await connect(presenterAuth(room.roomId, second.presenterKey))).latest.role).toBe(
      'presenter',
    );
    expect(
      (await connect(presenterAuth(otherRoom.roomId, otherRoom.presenterKey))).latest.role,
    ).toBe('presenter');
  });

  it('refuses to renew links without the passphrase login', async () => {
    const response = await renewLinks(server.url, room.facilitatorKey, room.roomId);
    expect(response.status).toBe(401);
  });

  it('ends a session token on logout: its requests, its open console and a new connection', async () => {
    const leaving = await login(server.url);
    const staying = await login(server.url);
    const console = await connectFacilitator(server.url, otherRoom.roomId, leaving);
    clients.push(console);

    const logout = await fetch(server.url + API.session, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${leaving}` },
    });
    expect(logout.status).toBe(204);
    expect(await droppedWithin(console, 2000)).toBe(true);
    expect((await roomsSeenWith(server.url, leaving)).status).toBe(401);
    await expect(connectFacilitator(server.url, otherRoom.roomId, leaving)).rejects.toThrow(
      'unauthorized',
    );
    // Another login is not touched.
    expect((await roomsSeenWith(server.url, staying)).status).toBe(200);
    // Logging out twice is fine; a made-up token is not a session.
    const again = await fetch(server.url + API.session, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${leaving}` },
    });
    expect(again.status).toBe(204);
    const forged = await fetch(server.url + API.session, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${Date.now() + 60_000}.forged` },
    });
    expect(forged.status).toBe(401);

    // Still ended after a restart, until it would have expired anyway.
    await server.stop();
    await start();
    expect((await roomsSeenWith(server.url, leaving)).status).toBe(401);
    await expect(connectFacilitator(server.url, otherRoom.roomId, leaving)).rejects.toThrow(
      'unauthorized',
    );
    expect((await roomsSeenWith(server.url, staying)).status).toBe(200);
  });
});
