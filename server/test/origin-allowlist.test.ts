import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { ConfigError, configFromEnv, parseAllowedOrigins } from '../src/config.js';
import { createRoom, login } from './support/http.js';
import { participantAuth, TestClient } from './support/client.js';
import { PASSPHRASE, tempDataDir, testConfig } from './support/server.js';

const PARTNER = 'https://training.example.nl';
const STRANGER = 'https://evil.example';

/** Browsers on other sites may read public pages, but change nothing and open no socket. */
describe('origin allowlist', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  let url: string;
  let token: string;
  let room: RoomSummary;

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir, { allowedOrigins: [PARTNER] }));
    url = (await app.listen()).url;
    token = await login(url);
    room = await createRoom(url, token);
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const loginFrom = (origin?: string) =>
    fetch(url + API.session, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(origin === undefined ? {} : { origin }),
      },
      body: JSON.stringify({ passphrase: PASSPHRASE }),
    });

  it('refuses a login and a deletion sent from another site, with a typed 403', async () => {
    const refused = await loginFrom(STRANGER);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({
      error: { code: 'forbidden_origin', message: expect.any(String) },
    });
    expect(refused.headers.get('content-security-policy')).toContain("default-src 'self'");

    const deletion = await fetch(url + API.room(room.roomId), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${token}`, origin: 'null' },
    });
    expect(deletion.status).toBe(403);
    const rooms = await fetch(url + API.rooms, { headers: { authorization: `Bearer ${token}` } });
    expect(((await rooms.json()) as RoomSummary[]).map((r) => r.roomId)).toContain(room.roomId);
  });

  it('lets the own origin, the public URL, configured origins and requests without one through', async () => {
    const own = new URL(url).origin;
    expect((await loginFrom(own)).status).toBe(200);
    expect((await loginFrom(PARTNER)).status).toBe(200);
    expect((await loginFrom()).status).toBe(200);
    expect((await loginFrom('https://samenspel.example.nl')).status).toBe(403);
    app.setPublicUrl('https://samenspel.example.nl/');
    try {
      expect((await loginFrom('https://samenspel.example.nl')).status).toBe(200);
    } finally {
      app.setPublicUrl(null);
    }
  });

  it('lets another site read a public lookup, which changes nothing', async () => {
    const lookup = await fetch(url + API.join(room.code), { headers: { origin: STRANGER } });
    expect(lookup.status).toBe(200);
  });

  it('refuses a socket from another site with a typed connect error, and takes one from the own', async () => {
    const refusal = await TestClient.connect(url, participantAuth(room.code), {
      origin: STRANGER,
    }).then(
      () => null,
      (error: Error & { data?: unknown }) => error,
    );
    expect(refusal?.message).toBe('forbidden_origin');
    expect(refusal?.data).toEqual({ code: 'forbidden_origin', message: expect.any(String) });

    const staff = await TestClient.connect(
      url,
      { v: 1, role: 'facilitator', roomId: room.roomId, key: token },
      { origin: new URL(url).origin },
    );
    expect(staff.latest.role).toBe('facilitator');
    staff.close();
    const partner = await TestClient.connect(url, participantAuth(room.code), { origin: PARTNER });
    expect(partner.latest.role).toBe('guest');
    partner.close();
  });
});

describe('SAMENSPEL_ALLOWED_ORIGINS', () => {
  it('reads a comma-separated list into origins', () => {
    expect(parseAllowedOrigins(' https://a.example.nl , http://10.0.0.5:8080/,')).toEqual([
      'https://a.example.nl',
      'http://10.0.0.5:8080',
    ]);
    expect(configFromEnv({ SAMENSPEL_ALLOWED_ORIGINS: '' }).allowedOrigins).toEqual([]);
  });

  it('stops start-up on a value that is not an origin, naming it', () => {
    for (const bad of ['training.example.nl', 'https://a.example.nl/pad', 'ftp://a.example.nl']) {
      expect(() => configFromEnv({ SAMENSPEL_ALLOWED_ORIGINS: bad })).toThrow(ConfigError);
      expect(() => configFromEnv({ SAMENSPEL_ALLOWED_ORIGINS: bad })).toThrow(bad);
    }
  });
});
