import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, ErrorResponseSchema } from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { tempDataDir, testConfig } from './support/server.js';

/** Requests Fastify refuses before our routes see them still get our `{ error }` shape. */
describe('HTTP refusals from the framework', () => {
  const data = tempDataDir();
  let app: SamenspelApp;

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir));
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const json = { 'content-type': 'application/json' };
  const cases = [
    {
      name: 'unreadable JSON',
      method: 'POST',
      url: API.session,
      payload: '{bad',
      headers: json,
      status: 400,
    },
    {
      name: 'an empty JSON body',
      method: 'POST',
      url: API.session,
      payload: '',
      headers: json,
      status: 400,
    },
    {
      name: 'an unknown content type',
      method: 'POST',
      url: API.session,
      payload: '<a/>',
      headers: { 'content-type': 'application/xml' },
      status: 415,
    },
    {
      name: 'a body over the limit',
      method: 'POST',
      url: API.session,
      payload: `{"passphrase":"${'x'.repeat(20_000)}"}`,
      headers: json,
      status: 413,
    },
    {
      name: 'a malformed URL',
      method: 'GET',
      url: API.join('%E0%A4%A').replace(/%25/g, '%'),
      status: 400,
    },
    {
      name: 'an overlong URL parameter',
      method: 'GET',
      url: `/api/join/${'a'.repeat(3000)}`,
      status: 414,
    },
  ] as const;

  for (const { name, status, ...request } of cases) {
    it(`answers ${name} with ${status} and a typed error`, async () => {
      const response = await app.http.inject(request);
      expect(response.statusCode).toBe(status);
      const body = ErrorResponseSchema.parse(response.json());
      expect(body.error.code).toBe('invalid_payload');
      expect(body.error.message.length).toBeLessThanOrEqual(200);
    });
  }
});
