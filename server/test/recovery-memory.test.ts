import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { io, type Socket } from 'socket.io-client';
import { Server } from 'socket.io';
import {
  COMMAND_EVENT,
  MESSAGE_EVENT,
  type CommandAck,
  type RoomSummary,
  type ServerMessage,
} from '@samenspel/shared';
import { ViewRecoveryAdapter } from '../src/socket/recovery-adapter.js';
import { createRoom, login } from './support/http.js';
import {
  connectFacilitator,
  newCommandId,
  newDeviceSecret,
  type TestClient,
} from './support/client.js';
import { startServer } from './support/server.js';
import { isFacilitator } from './support/views.js';

const SOCKET_WAIT = { timeout: 10_000, interval: 20 };
const BLOCKS = ['welkom', 'casus-bureaucraat', 'pauze', 'afsluiting'];

/** A phone that drops out and comes back as socket.io-client does, counting the views it gets. */
class Phone {
  readonly socket: Socket;
  views: Array<{ seq: number; blockId: string | null }> = [];
  private token: string | null = null;

  constructor(url: string, code: string) {
    this.socket = io(url, {
      auth: (callback) =>
        callback(
          this.token === null
            ? { v: 1, role: 'participant', code }
            : { v: 1, role: 'participant', code, token: this.token },
        ),
      transports: ['websocket'],
      forceNew: true,
      // It comes back when the test says so (with its session id and last offset, as on its own).
      reconnection: false,
    });
    this.socket.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type !== 'view' || message.view.role !== 'participant') return;
      this.views.push({ seq: message.seq, blockId: message.view.block?.id ?? null });
    });
  }

  async join(): Promise<void> {
    await vi.waitFor(() => expect(this.socket.connected).toBe(true), SOCKET_WAIT);
    const ack = (await this.socket.emitWithAck(COMMAND_EVENT, {
      v: 1,
      id: newCommandId(),
      type: 'join',
      name: null,
      device: newDeviceSecret(),
    })) as CommandAck;
    if (!ack.ok || !ack.join) throw new Error(`join refused: ${JSON.stringify(ack)}`);
    this.token = ack.join.token;
  }

  /** The transport closes under the socket (the Wi-Fi gone for a moment). */
  drop(): void {
    this.socket.io.engine.close();
  }
}

/**
 * A day of phones dropping out and coming back through Socket.IO's connection state recovery
 * must not pile up memory: views are whole, so they are not kept to be sent again (the phone is
 * sent its current view as it comes back), and a session, once recovered, is let go.
 */
describe('connection state recovery keeps no views', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let room: RoomSummary;
  let facilitator: TestClient;
  const phones: Phone[] = [];

  const adapter = () => server.app.io.of('/').adapter as unknown as ViewRecoveryAdapter;

  beforeAll(async () => {
    server = await startServer();
    room = await createRoom(server.url, await login(server.url));
    facilitator = await connectFacilitator(server.url, room.roomId, room.facilitatorKey);
    await facilitator.send({ type: 'session.start' });
    for (let i = 0; i < 5; i++) phones.push(new Phone(server.url, room.code));
    await Promise.all(phones.map((phone) => phone.join()));
  });
  afterAll(async () => {
    for (const phone of phones) phone.socket.close();
    facilitator.close();
    await server.stop();
  });

  it('sends a phone back only its current view, and keeps neither views nor recovered sessions', async () => {
    expect(adapter().packetsKept).toBe(0);
    expect(adapter().sessionsKept).toBe(0);
    for (let round = 0; round < 6; round++) {
      const blockId = BLOCKS[(round + 1) % BLOCKS.length]!;
      for (const phone of phones) phone.drop();
      await vi.waitFor(() => expect(adapter().sessionsKept).toBe(phones.length), SOCKET_WAIT);
      // While they are away the room moves on, through more than one view.
      for (const step of BLOCKS) await facilitator.send({ type: 'block.goto', blockId: step });
      await facilitator.send({ type: 'block.goto', blockId });
      for (const phone of phones) phone.views = [];
      for (const phone of phones) phone.socket.connect();
      await vi.waitFor(() => {
        for (const phone of phones) {
          expect(phone.socket.connected).toBe(true);
          expect(phone.views.at(-1)?.blockId).toBe(blockId);
        }
      }, SOCKET_WAIT);
      await facilitator.waitFor(
        (view) =>
          isFacilitator(view) &&
          view.participants.every((p) => p.presence === 'connected') &&
          view.scenario.blocks[view.currentBlockIndex ?? -1]?.id === blockId,
      );
      for (const phone of phones) {
        expect(phone.socket.recovered).toBe(true);
        // Only the view it is shown now: none of the ones it missed while away, sent again.
        expect(phone.views).toHaveLength(1);
      }
      // Every recovered session was let go, and no view is kept for the next drop.
      expect(adapter().sessionsKept).toBe(0);
      expect(adapter().packetsKept).toBe(0);
    }
  });
});

describe('ViewRecoveryAdapter', () => {
  const server = new Server({
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000 },
    adapter: ViewRecoveryAdapter,
  });
  const adapter = server.of('/').adapter as unknown as ViewRecoveryAdapter;
  afterAll(() => adapter.close());

  it('sends again what is not a view, and only to the rooms it went to', async () => {
    adapter.persistSession({ sid: 's1', pid: 'p1', rooms: ['s1', 'room-a'], data: {} });
    server.to('room-a').emit(MESSAGE_EVENT, { v: 1, type: 'error', error: { code: 'x' } });
    server.to('room-b').emit(MESSAGE_EVENT, { v: 1, type: 'error', error: { code: 'y' } });
    server.to('room-a').emit(MESSAGE_EVENT, { v: 1, type: 'view', seq: 3, view: {} });
    server.to('room-a').emit(MESSAGE_EVENT, { v: 1, type: 'programme', scenario: {} });
    server.to('room-a').emit(MESSAGE_EVENT, { v: 1, type: 'console', seq: 4, base: 3, patch: {} });
    expect(adapter.packetsKept).toBe(2);
    const session = await adapter.restoreSession('p1', '0');
    expect(session.missedPackets).toEqual([
      [MESSAGE_EVENT, { v: 1, type: 'error', error: { code: 'x' } }, '1'],
    ]);
    // Recovered once: the same session id does not come back a second time.
    expect(await adapter.restoreSession('p1', '5')).toBeNull();
  });

  it('does not recover a session from an offset it never gave out', async () => {
    adapter.persistSession({ sid: 's2', pid: 'p2', rooms: ['s2'], data: {} });
    expect(await adapter.restoreSession('p2', 'zzzzzz')).toBeNull();
    adapter.persistSession({ sid: 's3', pid: 'p3', rooms: ['s3'], data: {} });
    expect(await adapter.restoreSession('p3', 'not an offset')).toBeNull();
  });
});
