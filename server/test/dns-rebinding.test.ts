import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import { API, type RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { participantAuth, TestClient } from './support/client.js';
import { PASSPHRASE, startServer } from './support/server.js';

interface Answer {
  status: number;
  code: string | undefined;
}

/** A request as a browser sends it, Host header included (fetch may not set one). */
function send(
  url: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url + path, { method, headers, agent: false }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => {
        const parsed = text ? (JSON.parse(text) as { error?: { code?: string } }) : {};
        resolve({ status: response.statusCode ?? 0, code: parsed.error?.code });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** One of this machine's own network addresses, as a phone on the LAN would reach it. */
function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

/**
 * DNS rebinding: a page at http://evil.example:3000 whose name is made to resolve to the
 * server sends `Origin: http://evil.example:3000` and `Host: evil.example:3000`. Comparing the
 * two let it through; the server must know its own addresses instead.
 */
describe('origins under DNS rebinding', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let port: string;
  let token: string;
  let room: RoomSummary;

  beforeAll(async () => {
    server = await startServer();
    port = new URL(server.url).port;
    token = await login(server.url);
    room = await createRoom(server.url, token);
  });
  afterAll(() => server.stop());

  const rebound = () => {
    const host = `evil.example:${port}`;
    return { origin: `http://${host}`, host };
  };
  const json = { 'content-type': 'application/json' };

  it('refuses a rebound page’s login with 403, though its Origin matches the Host it sent', async () => {
    const answer = await send(
      server.url,
      'POST',
      API.session,
      { ...json, ...rebound() },
      JSON.stringify({ passphrase: PASSPHRASE }),
    );
    expect(answer).toEqual({ status: 403, code: 'forbidden_origin' });
  });

  it('tells a rebound page 403 before a missing passphrase could tell it 401', async () => {
    const deletion = await send(server.url, 'DELETE', API.room(room.roomId), rebound());
    expect(deletion).toEqual({ status: 403, code: 'forbidden_origin' });
    const upload = await send(server.url, 'POST', API.import, { ...json, ...rebound() }, '{}');
    expect(upload).toEqual({ status: 403, code: 'forbidden_origin' });
  });

  it('refuses a rebound page’s socket', async () => {
    const refusal = await TestClient.connect(
      server.url,
      participantAuth(room.code),
      rebound(),
    ).then(
      () => null,
      (error: Error) => error,
    );
    expect(refusal?.message).toBe('forbidden_origin');
  });

  it('takes its own loopback names and network addresses, on its own port only', async () => {
    const login = (origin: string) =>
      send(
        server.url,
        'POST',
        API.session,
        { ...json, origin, host: new URL(origin).host },
        JSON.stringify({ passphrase: PASSPHRASE }),
      );
    for (const name of ['localhost', '127.0.0.1', '[::1]']) {
      expect((await login(`http://${name}:${port}`)).status, name).toBe(200);
    }
    expect((await login(`http://localhost:${Number(port) + 1}`)).status).toBe(403);
    expect((await login(`https://localhost:${port}`)).status).toBe(403);
    const lan = lanAddress();
    if (lan !== null) {
      expect((await login(`http://${lan}:${port}`)).status).toBe(200);
      expect((await login(`http://${lan}:${Number(port) + 1}`)).status).toBe(403);
    }
  });
});
