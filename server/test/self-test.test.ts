import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import {
  API,
  ErrorResponseSchema,
  formatSelfTestCode,
  SelfTestListSchema,
  SelfTestSavedSchema,
  type SelfTestList,
} from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { SHIPPED_SCENARIOS, tempDataDir, testConfig } from './support/server.js';

const json = { 'content-type': 'application/json' };

/**
 * The public self-test through the HTTP API (`inject`): its list, saving a finished one under a
 * code, and a room's phone taking the answers once. Nothing needs a login, so everything a
 * stranger can send is tried here.
 */
describe('the public self-test', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  let list: SelfTestList;
  let now = Date.UTC(2026, 11, 3, 9);

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED_SCENARIOS }), {
      now: () => now,
      addressLimits: { selfTest: { claim: { maxFailures: 5, windowMs: 60_000 } } },
    });
    const response = await app.http.inject({ method: 'GET', url: API.selfTest });
    list = SelfTestListSchema.parse(response.json());
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const fullAnswers = () =>
    Object.fromEntries(list.items.map((item, i) => [item.id, (i % list.points) + 1]));
  const save = (payload: unknown, address = '10.0.0.1') =>
    app.http.inject({
      method: 'POST',
      url: API.selfTestResults,
      headers: json,
      payload: JSON.stringify(payload),
      remoteAddress: address,
    });
  const claim = (code: string, claimId: string, address = '10.0.0.2') =>
    app.http.inject({
      method: 'POST',
      url: API.selfTestClaims,
      headers: json,
      payload: JSON.stringify({ code, claim: claimId }),
      remoteAddress: address,
    });
  const storedRows = () => {
    const db = new Database(path.join(data.dir, 'samenspel.sqlite'), { readonly: true });
    try {
      return db.prepare('SELECT count(*) FROM self_test_results').pluck().get() as number;
    } finally {
      db.close();
    }
  };
  const errorCode = (response: { json(): unknown }) =>
    ErrorResponseSchema.parse(response.json()).error.code;

  it('serves the flagship’s 24 statements with their types, to anyone, cacheable', async () => {
    const response = await app.http.inject({ method: 'GET', url: API.selfTest });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=300');
    expect(list.points).toBe(5);
    expect(list.items).toHaveLength(24);
    for (const type of ['bureaucraat', 'ondernemer', 'verbinder'] as const) {
      expect(list.items.filter((item) => item.type === type)).toHaveLength(8);
    }
    expect(list.items.filter((item) => item.reversed).length).toBeGreaterThan(0);
  });

  it('refuses what is not a finished self-test, saying why, and keeps nothing of it', async () => {
    const values = fullAnswers();
    const missingOne = { ...values };
    delete missingOne[list.items[0]!.id];
    const cases: Array<[unknown, RegExp]> = [
      [{ values: missingOne }, /1 statements are not answered/],
      [{ values: { ...values, s99: 3 } }, /"s99" is not a statement/],
      [{ values: { ...values, s01: 6 } }, /beyond the scale/],
      [{ values: { ...values, s01: 0 } }, /values\.s01/],
      [{ values: { ...values, s01: 2.5 } }, /values\.s01/],
      [{ values: { ...values, constructor: 3 } }, /values/],
      [{ values, extra: true }, /extra/],
      [[values], /./],
      [{}, /values/],
    ];
    for (const [payload, message] of cases) {
      const response = await save(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const { error } = ErrorResponseSchema.parse(response.json());
      expect(error.code).toBe('invalid_payload');
      expect(error.message).toMatch(message);
    }
    expect(storedRows()).toBe(0);
  });

  it('keeps a finished one under a code that a phone takes once, typed any way', async () => {
    const values = fullAnswers();
    const response = await save({ values });
    expect(response.statusCode).toBe(201);
    const saved = SelfTestSavedSchema.parse(response.json());
    expect(saved.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(saved.code).not.toMatch(/[01ILO]/);
    expect(saved.expiresAt).toBe(now + 90 * 24 * 60 * 60_000);
    expect(storedRows()).toBe(1);

    // As a person types it: lower case, with the dash or spaces.
    const typed = ` ${formatSelfTestCode(saved.code).toLowerCase()} `;
    const taken = await claim(typed, 'phone-claim-0000001');
    expect(taken.statusCode).toBe(200);
    expect(taken.json()).toEqual({ values });
    // Its answer lost on the way: the same phone asks again and gets the answers again.
    const again = await claim(saved.code, 'phone-claim-0000001');
    expect(again.json()).toEqual({ values });
    // Anyone else, later: used.
    const other = await claim(saved.code, 'phone-claim-0000002');
    expect(other.statusCode).toBe(409);
    expect(errorCode(other)).toBe('self_test_used');
  });

  it('says plainly that a code does not exist, and stops whoever keeps guessing', async () => {
    const guesser = '10.9.9.9';
    for (const code of ['AAAA-AAAA', 'nonsense', '']) {
      const response = await claim(code, 'guess-claim-000001', guesser);
      expect(response.statusCode, code).toBe(404);
      expect(errorCode(response)).toBe('unknown_self_test');
    }
    const bad = await app.http.inject({
      method: 'POST',
      url: API.selfTestClaims,
      headers: json,
      payload: JSON.stringify({ code: 'AAAAAAAA', claim: 'short' }),
      remoteAddress: guesser,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorCode(bad)).toBe('invalid_payload');
    await claim('BBBB-BBBB', 'guess-claim-000001', guesser);
    await claim('CCCC-CCCC', 'guess-claim-000001', guesser);
    // Five unknown codes: from now on refused before any lookup, even a right one.
    const real = SelfTestSavedSchema.parse((await save({ values: fullAnswers() })).json());
    const blocked = await claim(real.code, 'guess-claim-000002', guesser);
    expect(blocked.statusCode).toBe(429);
    expect(errorCode(blocked)).toBe('rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Once the window has passed, the right code works from here again.
    now += 61_000;
    expect((await claim(real.code, 'guess-claim-000002', guesser)).statusCode).toBe(200);
  });

  it('forgets a result nobody carried into a room after 90 days', async () => {
    const saved = SelfTestSavedSchema.parse((await save({ values: fullAnswers() })).json());
    now += 90 * 24 * 60 * 60_000;
    const late = await claim(saved.code, 'late-claim-0000001');
    expect(late.statusCode).toBe(404);
    expect(errorCode(late)).toBe('unknown_self_test');
  });
});

describe('a server without the flagship programme', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir));
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  it('says it has no self-test', async () => {
    for (const request of [
      { method: 'GET' as const, url: API.selfTest },
      {
        method: 'POST' as const,
        url: API.selfTestResults,
        headers: json,
        payload: JSON.stringify({ values: { s01: 3 } }),
      },
    ]) {
      const response = await app.http.inject(request);
      expect(response.statusCode).toBe(404);
      expect(ErrorResponseSchema.parse(response.json()).error.code).toBe('not_found');
    }
  });
});
