import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, EventsResponseSchema, type RoomSummary } from '@samenspel/shared';
import { acceptsGzip, COMPRESS_MIN_BYTES } from '../src/http/compression.js';
import { createRoom, login } from './support/http.js';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { tempDataDir, testConfig } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request as sent on the wire, body bytes as they came: no client undoes the gzip here. */
function rawGet(url: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compression of large answers', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  const server = { url: '' };
  let token: string;
  let room: RoomSummary;

  beforeAll(async () => {
    // A shipped programme: its log is a few kilobytes from the first event on, as a real one is.
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }));
    server.url = (await app.listen()).url;
    token = await login(server.url);
    room = await createRoom(server.url, token, 'demo');
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });

  it('gzips a session log for a client that accepts gzip, and it unpacks to the same log', async () => {
    const plain = await rawGet(server.url + API.events(room.roomId), auth());
    const packed = await rawGet(server.url + API.events(room.roomId), {
      ...auth(),
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_MIN_BYTES);
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toMatch(/accept-encoding/i);
    expect(packed.body.length).toBeLessThan(plain.body.length / 2);
    const unpacked = EventsResponseSchema.parse(JSON.parse(gunzipSync(packed.body).toString()));
    expect(unpacked).toEqual(EventsResponseSchema.parse(JSON.parse(plain.body.toString())));
    expect(unpacked.events[0]).toMatchObject({ type: 'room_created', roomId: room.roomId });
  });

  it('is read as it is by fetch, as by the browser: the client sees plain JSON', async () => {
    const response = await fetch(server.url + API.events(room.roomId), { headers: auth() });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const body = EventsResponseSchema.parse(await response.json());
    expect(body.roomId).toBe(room.roomId);
  });

  it('leaves small answers, and a client that refuses gzip, uncompressed', async () => {
    const health = await rawGet(server.url + API.health, { 'accept-encoding': 'gzip' });
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({ ok: true });

    const refused = await rawGet(server.url + API.events(room.roomId), {
      ...auth(),
      'accept-encoding': 'gzip;q=0, identity',
    });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(EventsResponseSchema.parse(JSON.parse(refused.body.toString())).roomId).toBe(
      room.roomId,
    );
  });

  it('gzips the JSON export and the report as well', async () => {
    for (const path of [API.exportJson(room.roomId), API.report(room.roomId)]) {
      const packed = await rawGet(server.url + path, { ...auth(), 'accept-encoding': 'gzip' });
      expect(packed.status, path).toBe(200);
      expect(packed.headers['content-encoding'], path).toBe('gzip');
      expect(gunzipSync(packed.body).length, path).toBeGreaterThan(packed.body.length);
    }
  });
});

describe('Accept-Encoding', () => {
  it('takes gzip by name or by *, unless given q=0', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('deflate, gzip;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('br, *;q=0.1')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
    expect(acceptsGzip('')).toBe(false);
  });
});
