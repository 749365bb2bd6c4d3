import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FacilitatorView, RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { readStoredLog } from './support/stored-log.js';
import {
  connectFacilitator,
  newCommandId,
  newDeviceSecret,
  participantAuth,
  TestClient,
} from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { isFacilitator } from './support/views.js';

/** A command id stands for one command: a retry gets its ack, another command under it does not. */
describe('command ids', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    token = await login(server.url);
    room = await createRoom(server.url, token);
    facilitator = await connectFacilitator(server.url, room.roomId, token);
    clients.push(facilitator);
    expect((await facilitator.send({ type: 'session.start' })).ok).toBe(true);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  it('refuses another facilitator command under a used id and leaves the room as it was', async () => {
    const id = newCommandId();
    const first = await facilitator.send({ type: 'block.next' }, id);
    expect(first.ok).toBe(true);
    expect(await facilitator.send({ type: 'block.next' }, id)).toEqual(first);
    const other = await facilitator.send({ type: 'block.goto', blockId: 'afsluiting' }, id);
    expect(other).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
    const view = await facilitator.waitFor(
      (v): v is FacilitatorView => isFacilitator(v) && v.currentBlockIndex === 1,
    );
    expect(view.currentBlockIndex).toBe(1);
    const events = await readStoredLog({ dataDir: server.dataDir }, room.roomId);
    expect(events.filter((event) => event.commandId === id)).toHaveLength(1);
  });

  it("does not hand a guest someone else's token for reusing their join id with another name", async () => {
    const joinId = newCommandId();
    const phone = await TestClient.connect(server.url, participantAuth(room.code));
    const stranger = await TestClient.connect(server.url, participantAuth(room.code));
    clients.push(phone, stranger);
    const device = newDeviceSecret();
    const joined = await phone.send({ type: 'join', name: 'Echte Els', device }, joinId);
    expect(joined.ok).toBe(true);
    const stolen = await stranger.send({ type: 'join', name: 'Valse Els' }, joinId);
    expect(stolen).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
    // The same body without the phone's device secret proves nothing either.
    const copied = await stranger.send({ type: 'join', name: 'Echte Els' }, joinId);
    expect(copied).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
    expect(stranger.latest.role).toBe('guest');
    // The same join sent again from that phone (a lost ack) still gets the original answer.
    const again = await TestClient.connect(server.url, participantAuth(room.code));
    clients.push(again);
    const retry = await again.send({ type: 'join', name: 'Echte Els', device }, joinId);
    expect(retry).toEqual(joined);
  });
  it('answers a retry that writes its keys in another order as the same command', async () => {
    const id = newCommandId();
    const first = await facilitator.sendRaw({
      v: 1,
      id,
      type: 'block.goto',
      blockId: 'afsluiting',
    });
    expect(first.ok).toBe(true);
    const retry = await facilitator.sendRaw({
      blockId: 'afsluiting',
      type: 'block.goto',
      id,
      v: 1,
    });
    expect(retry).toEqual(first);
    const events = await readStoredLog({ dataDir: server.dataDir }, room.roomId);
    expect(events.filter((event) => event.commandId === id)).toHaveLength(1);
  });

  it('still tells a retry from another command under the same id after a restart', async () => {
    const data = tempDataDir();
    let node = await startServer({ dataDir: data.dir });
    const own: TestClient[] = [];
    try {
      const trainer = await login(node.url);
      const kept = await createRoom(node.url, trainer);
      let console = await connectFacilitator(node.url, kept.roomId, trainer);
      own.push(console);
      expect((await console.send({ type: 'session.start' })).ok).toBe(true);
      const id = newCommandId();
      const first = await console.send({ type: 'block.next' }, id);
      expect(first.ok).toBe(true);
      console.close();
      await node.stop();

      node = await startServer({ dataDir: data.dir });
      console = await connectFacilitator(node.url, kept.roomId, await login(node.url));
      own.push(console);
      const other = await console.send({ type: 'block.goto', blockId: 'afsluiting' }, id);
      expect(other).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
      // The retry of the command itself is still answered as before, and applied once.
      expect(await console.send({ type: 'block.next' }, id)).toEqual(first);
      const view = await console.waitFor(isFacilitator);
      expect(view.currentBlockIndex).toBe(1);
      const events = await readStoredLog({ dataDir: data.dir }, kept.roomId);
      expect(events.filter((event) => event.commandId === id)).toHaveLength(1);
    } finally {
      for (const client of own) client.close();
      await node.stop();
      data.remove();
    }
  });
});
