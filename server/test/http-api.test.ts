import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, JOIN_CODE_ALPHABET, type RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { PASSPHRASE, tempDataDir, testConfig } from './support/server.js';

/** The HTTP API through Fastify's inject(): no socket, no port. */
describe('HTTP API', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  let token: string;

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir));
    const response = await app.http.inject({
      method: 'POST',
      url: API.session,
      payload: { passphrase: PASSPHRASE },
    });
    token = response.json<{ token: string }>().token;
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const auth = () => ({ authorization: `Bearer ${token}` });

  it('answers a health check', async () => {
    const response = await app.http.inject({ url: API.health });
    expect(response.json()).toEqual({ ok: true });
  });

  it('refuses a wrong passphrase with 401 and no hint', async () => {
    const wrong = await app.http.inject({
      method: 'POST',
      url: API.session,
      payload: { passphrase: PASSPHRASE.slice(0, -1) },
    });
    const other = await app.http.inject({
      method: 'POST',
      url: API.session,
      payload: { passphrase: 'something else entirely' },
    });
    expect(wrong.statusCode).toBe(401);
    // Near miss and far miss read the same: nothing to learn from the answer.
    expect(wrong.body).toBe(other.body);
    expect(wrong.json()).toEqual({ error: { code: 'unauthorized', message: 'unauthorized' } });
  });

  it('refuses a malformed login with invalid_payload naming the field', async () => {
    const response = await app.http.inject({
      method: 'POST',
      url: API.session,
      payload: { pass: 'x' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('invalid_payload');
  });

  it('keeps scenarios, rooms and logs behind the passphrase', async () => {
    for (const url of [API.scenarios, API.rooms, `${API.rooms}/r_x/events`]) {
      const response = await app.http.inject({ url });
      expect(response.statusCode, url).toBe(401);
    }
    const forged = await app.http.inject({
      url: API.rooms,
      headers: { authorization: `Bearer ${Date.now() + 60_000}.forged` },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('lists the loaded scenarios', async () => {
    const response = await app.http.inject({ url: API.scenarios, headers: auth() });
    expect(response.json()).toEqual([
      expect.objectContaining({
        id: 'korte-ronde',
        title: 'Korte ronde',
        minutes: 6,
        blockCount: 4,
      }),
    ]);
  });

  it('creates a room with a readable join code and its own keys', async () => {
    const response = await app.http.inject({
      method: 'POST',
      url: API.rooms,
      headers: auth(),
      payload: { scenarioId: 'korte-ronde', groupName: 'Provincie Noordwaard' },
    });
    expect(response.statusCode).toBe(201);
    const room = response.json<RoomSummary>();
    expect(room.code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
    expect(room.code).not.toMatch(/[01OIL]/);
    expect(room.status).toBe('lobby');
    expect(room.groupName).toBe('Provincie Noordwaard');
    // 256-bit HMACs in base64url: 43 characters, well over 128 random bits.
    expect(Buffer.from(room.facilitatorKey, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(room.facilitatorKey).not.toBe(room.presenterKey);

    const list = await app.http.inject({ url: API.rooms, headers: auth() });
    expect(list.json<RoomSummary[]>().map((r) => r.roomId)).toContain(room.roomId);

    const lookup = await app.http.inject({ url: API.join(room.code.toLowerCase()) });
    expect(lookup.json()).toEqual({
      roomId: room.roomId,
      code: room.code,
      title: 'Korte ronde',
      groupName: 'Provincie Noordwaard',
      status: 'lobby',
      joinsOpen: true,
    });
  });

  it('says plainly when a join code is unknown', async () => {
    const response = await app.http.inject({ url: API.join('ZZZZZZ') });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('unknown_code');
  });

  it('refuses an unknown scenario and a bad room request without creating a room', async () => {
    const before = (await app.http.inject({ url: API.rooms, headers: auth() })).json<
      RoomSummary[]
    >();
    const unknown = await app.http.inject({
      method: 'POST',
      url: API.rooms,
      headers: auth(),
      payload: { scenarioId: 'bestaat-niet' },
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'unknown_scenario', field: 'scenarioId' });
    const bad = await app.http.inject({
      method: 'POST',
      url: API.rooms,
      headers: auth(),
      payload: { scenarioId: 'korte-ronde', extra: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('invalid_payload');
    const after = (await app.http.inject({ url: API.rooms, headers: auth() })).json<
      RoomSummary[]
    >();
    expect(after).toHaveLength(before.length);
  });

  it('answers unknown API paths with a typed 404', async () => {
    const response = await app.http.inject({ url: '/api/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('not_found');
  });
});

describe('public configuration', () => {
  it('tells screens the address phones should open, once start-up knows it', async () => {
    const data = tempDataDir();
    const app = await buildApp(testConfig(data.dir));
    try {
      expect((await app.http.inject({ url: API.config })).json()).toEqual({ publicUrl: null });
      app.setPublicUrl('http://192.168.1.20:3000');
      expect((await app.http.inject({ url: API.config })).json()).toEqual({
        publicUrl: 'http://192.168.1.20:3000',
      });
    } finally {
      await app.close();
      data.remove();
    }
  });
});
