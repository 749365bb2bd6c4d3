import { afterEach, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { ROOM_HINT_PARAM } from '@samenspel/shared';
import { roomHint, routeSocketsByRoom, type RunsRoom } from '../src/socket/room-routing.js';

/**
 * The routing in front of Socket.IO, on a real HTTP server whose own listeners stand in for
 * Socket.IO's: requests for a room this node does not run are answered 503 before they reach
 * them, everything else reaches them untouched.
 */
describe('routing sockets by room', () => {
  let server: Server | null = null;
  afterEach(
    () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
  );

  async function serve(runsRoom: RunsRoom) {
    const reached: string[] = [];
    server = createServer((req, res) => {
      reached.push(`request ${req.url}`);
      res.end('reached');
    });
    server.on('upgrade', (req, socket) => {
      reached.push(`upgrade ${req.url}`);
      socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: close\r\n\r\n');
    });
    routeSocketsByRoom(server, runsRoom);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return { port, reached };
  }

  const runs: RunsRoom = (hint) => {
    if (hint === 'kapot') throw new Error('database away');
    return Promise.resolve(hint !== 'ELDERS');
  };
  const socketPath = (hint: string) =>
    `/socket.io/?EIO=4&transport=polling&${ROOM_HINT_PARAM}=${encodeURIComponent(hint)}`;

  it('answers 503 for a room run elsewhere or when it cannot tell, and passes the rest', async () => {
    const { port, reached } = await serve(runs);
    const get = async (path: string) => {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      return { status: response.status, retryAfter: response.headers.get('retry-after') };
    };
    expect(await get(socketPath('ELDERS'))).toEqual({ status: 503, retryAfter: '1' });
    expect(await get(socketPath('kapot'))).toEqual({ status: 503, retryAfter: '1' });
    expect((await get(socketPath('HIER22'))).status).toBe(200);
    // Without a hint, outside Socket.IO's path, or with a hint too long to be a room: untouched.
    expect((await get('/socket.io/?EIO=4&transport=polling')).status).toBe(200);
    expect((await get(`/api/rooms?${ROOM_HINT_PARAM}=ELDERS`)).status).toBe(200);
    expect((await get(socketPath('x'.repeat(65)))).status).toBe(200);
    expect(reached).toEqual([
      `request ${socketPath('HIER22')}`,
      'request /socket.io/?EIO=4&transport=polling',
      `request /api/rooms?${ROOM_HINT_PARAM}=ELDERS`,
      `request ${socketPath('x'.repeat(65))}`,
    ]);
  });

  it('answers a WebSocket upgrade for a room run elsewhere with 503, before Socket.IO sees it', async () => {
    const { port, reached } = await serve(runs);
    const upgrade = (hint: string) =>
      new Promise<string>((resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port,
          path: socketPath(hint).replace('polling', 'websocket'),
          headers: { connection: 'Upgrade', upgrade: 'websocket' },
        });
        req.on('upgrade', (res) => resolve(String(res.statusCode)));
        req.on('response', (res) => resolve(String(res.statusCode)));
        req.on('error', reject);
        req.end();
      });
    expect(await upgrade('ELDERS')).toBe('503');
    expect(await upgrade('HIER22')).toBe('101');
    expect(reached).toEqual([`upgrade ${socketPath('HIER22').replace('polling', 'websocket')}`]);
  });

  it('outlives a client that resets its upgrade while the answer is awaited', async () => {
    let answered = 0;
    const slow: RunsRoom = () =>
      new Promise((resolve) => setTimeout(() => resolve(answered++ >= 0), 100));
    const { port, reached } = await serve(slow);
    for (let i = 0; i < 5; i++) {
      const client = connect(port, '127.0.0.1');
      await new Promise<void>((resolve) => client.once('connect', () => resolve()));
      client.write(
        `GET ${socketPath('HIER22').replace('polling', 'websocket')} HTTP/1.1\r\n` +
          'Host: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n',
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      client.resetAndDestroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Alive, and none of the reset sockets was handed on.
    expect(answered).toBe(5);
    expect(reached).toEqual([]);
    expect((await fetch(`http://127.0.0.1:${port}/`)).status).toBe(200);
  });

  it('reads the hint from a Socket.IO URL only', () => {
    expect(roomHint(`/socket.io/?EIO=4&${ROOM_HINT_PARAM}=ABC234`)).toBe('ABC234');
    expect(roomHint(`/socket.io/?${ROOM_HINT_PARAM}=`)).toBeNull();
    expect(roomHint('/socket.io/')).toBeNull();
    expect(roomHint(`/elders/?${ROOM_HINT_PARAM}=ABC234`)).toBeNull();
    expect(roomHint(undefined)).toBeNull();
  });
});
