import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { API, type RoomSummary } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { PASSPHRASE, tempDataDir, testConfig } from './support/server.js';

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
];

/** Every HTTP answer carries the security headers; the report keeps its own, stricter policy. */
describe('security headers', () => {
  const data = tempDataDir();
  const clientDir = path.join(data.dir, 'client');
  let app: SamenspelApp;
  let token: string;
  let room: RoomSummary;

  beforeAll(async () => {
    mkdirSync(clientDir);
    writeFileSync(path.join(clientDir, 'index.html'), '<!doctype html><title>t</title>');
    app = await buildApp(testConfig(data.dir, { clientDir }));
    token = (
      await app.http.inject({
        method: 'POST',
        url: API.session,
        payload: { passphrase: PASSPHRASE },
      })
    ).json<{ token: string }>().token;
    room = (
      await app.http.inject({
        method: 'POST',
        url: API.rooms,
        headers: { authorization: `Bearer ${token}` },
        payload: { scenarioId: 'korte-ronde' },
      })
    ).json<RoomSummary>();
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  it('sends them with pages, API answers, refusals and unknown paths alike', async () => {
    const answers = await Promise.all([
      app.http.inject({ url: '/' }),
      app.http.inject({ url: '/facilitator/rooms/r_x' }),
      app.http.inject({ url: API.health }),
      app.http.inject({ url: API.rooms }),
      app.http.inject({ url: '/api/nope' }),
      app.http.inject({ method: 'POST', url: API.session, payload: { passphrase: 'nee' } }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 401, 404, 401]);
    for (const answer of answers) {
      const csp = String(answer.headers['content-security-policy']);
      for (const directive of CSP_DIRECTIVES) expect(csp).toContain(directive);
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(answer.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
        'x-frame-options': 'DENY',
        'cross-origin-opener-policy': 'same-origin',
      });
      expect(answer.headers['permissions-policy']).toMatch(
        /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
      );
    }
  });

  it('keeps the report on its own policy, and lets the app policy allow its one style element', async () => {
    const report = await app.http.inject({
      url: API.report(room.roomId),
      headers: { authorization: `Bearer ${token}` },
    });
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-security-policy']).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(report.headers['x-frame-options']).toBe('DENY');
    // Opened from the library as a blob: page, the report lives under the app's policy too.
    const styles = [...report.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256').update(styles[0]!).digest('base64');
    const page = await app.http.inject({ url: '/' });
    expect(page.headers['content-security-policy']).toContain(`'sha256-${hash}'`);
  });
});
