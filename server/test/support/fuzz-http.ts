import { API, LOG_FORMAT, LOG_FORMAT_VERSION } from '@samenspel/shared';
import { CSV_KINDS } from '../../src/reports/rows.js';
import { newId } from './fuzz-commands.js';
import { hugeString, junkValue, nastyString, Rng, withOwnKey, wrongTyped } from './fuzz-random.js';

/** One request of the HTTP fuzz; every one of them must be refused with a 4xx and our error shape. */
export interface HttpCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpFacts {
  roomId: string;
  code: string;
  sessionToken: string;
  /** Credentials that are real but not a facilitator session. */
  otherKeys: string[];
}

interface Route {
  name: string;
  path: string;
}

/**
 * Routes anyone may use: only wrong methods and bad parameters are garbage there. The self-test's
 * two POST routes get broken bodies under the wrong-method roll (self-test.test.ts has the rest).
 */
const PUBLIC = new Set([
  'health',
  'ready',
  'config',
  'join',
  'selfTest',
  'selfTestResults',
  'selfTestClaims',
]);
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
/** Where a POST with a valid body would do something: these only ever get broken bodies. */
const POST_BODIES = new Set(['session', 'rooms', 'notes', 'import']);

/**
 * Every route of shared's `API`, with the given room id, join code, CSV kind and note id filled
 * in. A route added to `API` is fuzzed without a change here.
 */
export function apiRoutes(ids: { roomId: string; code: string; noteId: string }): Route[] {
  const routes: Route[] = [];
  for (const [name, value] of Object.entries(API)) {
    if (typeof value === 'string') {
      routes.push({ name, path: value });
      continue;
    }
    const build = value as (...args: string[]) => string;
    const first = name === 'join' ? ids.code : ids.roomId;
    if (name === 'exportCsv') {
      for (const kind of CSV_KINDS) routes.push({ name, path: build(first, kind) });
    } else {
      routes.push({ name, path: build(first, ids.noteId) });
    }
  }
  return routes;
}

/** A room id, join code or note id nobody has: junk, traversal, encodings, overlong. */
function fakeId(rng: Rng): string {
  // A URL cannot carry half of a surrogate pair at all.
  return pickFakeId(rng).replace(/[\ud800-\udfff]/g, '?');
}

function pickFakeId(rng: Rng): string {
  return rng.pick([
    'r-bestaat-niet',
    newId(rng),
    nastyString(rng) || 'leeg',
    '..',
    '%2e%2e%2f',
    hugeString(rng, 101, 600),
    '\u0000',
  ]);
}

function badAuthorization(rng: Rng, facts: HttpFacts): string {
  return rng.pick([
    'Bearer',
    'Bearer ',
    `Bearer ${newId(rng)}`,
    `Bearer ${facts.sessionToken.slice(0, -2)}xx`,
    `Bearer ${facts.sessionToken}.${facts.sessionToken}`,
    `Basic ${Buffer.from('facilitator:secret').toString('base64')}`,
    `bearer${facts.sessionToken}`,
    `Bearer ${rng.pick(facts.otherKeys)}`,
    `Bearer ${'x'.repeat(rng.int(500, 4_000))}`,
    facts.sessionToken,
  ]);
}

/** A body for a POST route that is wrong in some way: text, type, shape or size. */
function badBody(rng: Rng, route: string): { body: string; contentType: string; kind: string } {
  const json = 'application/json';
  const valid: Record<string, Record<string, unknown>> = {
    session: { passphrase: 'niet-het-wachtwoord' },
    rooms: { scenarioId: 'demo', groupName: 'Gemeente Fuzz' },
    notes: { atSeq: 1, text: 'Een notitie' },
    import: {
      format: LOG_FORMAT,
      version: LOG_FORMAT_VERSION,
      exportedAt: 1,
      names: 'names',
      events: [],
    },
  };
  const base = valid[route] ?? {};
  const field = rng.pick(Object.keys(base));
  // groupName is optional: leaving it out would make a valid request.
  const required = rng.pick(Object.keys(base).filter((key) => key !== 'groupName'));
  const choices: Array<() => { body: string; contentType: string; kind: string }> = [
    () => ({
      kind: 'bad-json',
      body: rng.pick(['{', '{"a":', "{'a':1}", '[1,]', 'undefined', '\u0000', '{"a":1}}']),
      contentType: json,
    }),
    () => ({ kind: 'empty-body', body: '', contentType: json }),
    () => ({
      kind: 'json-junk',
      body: JSON.stringify(junkValue(rng)) ?? 'null',
      contentType: json,
    }),
    () => ({
      kind: 'wrong-content-type',
      body: JSON.stringify(base),
      contentType: rng.pick([
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/x-www-form-urlencoded',
        'image/png',
        'application/json-patch+json; charset=utf-7',
      ]),
    }),
    () => ({ kind: 'text-body', body: JSON.stringify(base), contentType: 'text/plain' }),
    () => ({
      kind: 'wrong-type',
      body: JSON.stringify({ ...base, [field]: wrongTyped(rng, base[field]) }),
      contentType: json,
    }),
    () => ({
      kind: 'extra-field',
      body: JSON.stringify(
        withOwnKey(base, rng.pick(['__proto__', 'constructor', 'admin']), { isAdmin: true }),
      ),
      contentType: json,
    }),
    () => ({
      kind: 'missing-field',
      body: JSON.stringify({ ...base, [required]: undefined }),
      contentType: json,
    }),
    () => ({
      kind: 'oversized',
      body: JSON.stringify({ ...base, [field]: hugeString(rng, 17_000, 40_000) }),
      contentType: json,
    }),
    () => ({
      kind: 'deep-nesting',
      body: '['.repeat(rng.int(1_000, 8_000)) + ']'.repeat(rng.int(0, 10)),
      contentType: json,
    }),
  ];
  const perRoute: Record<
    string,
    Array<() => { body: string; contentType: string; kind: string }>
  > = {
    session: [
      () => ({
        kind: 'wrong-passphrase',
        body: JSON.stringify({
          passphrase: rng.pick(['', nastyString(rng) || 'x', hugeString(rng, 501, 2_000)]),
        }),
        contentType: json,
      }),
    ],
    rooms: [
      () => ({
        kind: 'unknown-scenario',
        body: JSON.stringify({ scenarioId: rng.pick(['bestaat-niet', 'DEMO', '../demo', '']) }),
        contentType: json,
      }),
      () => ({
        kind: 'bad-group',
        body: JSON.stringify({
          scenarioId: 'demo',
          groupName: rng.pick(['', '   ', hugeString(rng, 121, 500)]),
        }),
        contentType: json,
      }),
    ],
    notes: [
      () => ({
        kind: 'bad-note',
        body: JSON.stringify({
          atSeq: rng.pick([0, -1, 1.5, 1e9, '1']),
          text: rng.pick(['', '  ', 'ok', hugeString(rng, 5_001, 7_000)]),
        }),
        contentType: json,
      }),
    ],
    import: [
      () => ({
        kind: 'bad-log',
        body: JSON.stringify({
          ...base,
          events: rng.pick([[], [junkValue(rng)], [{ seq: 1, type: 'room_created' }], 'events']),
        }),
        contentType: json,
      }),
    ],
  };
  return rng.pick([...choices, ...(perRoute[route] ?? [])])();
}

/**
 * One hostile request: no or bad credentials, a wrong method, a bad parameter or a bad body.
 * Requests that could succeed (a real room deleted, a room created) are never made.
 */
export function hostileRequest(rng: Rng, facts: HttpFacts): HttpCase {
  const auth = { authorization: `Bearer ${facts.sessionToken}` };
  const realRoutes = apiRoutes({ roomId: facts.roomId, code: facts.code, noteId: 'n-none' });
  const fakeRoutes = () =>
    apiRoutes({ roomId: fakeId(rng), code: fakeId(rng), noteId: fakeId(rng) });
  const roll = rng.int(0, 99);
  if (roll < 20) {
    const route = rng.pick(realRoutes.filter((r) => !PUBLIC.has(r.name)));
    const method = rng.pick(METHODS);
    const headers: Record<string, string> = rng.chance(0.5)
      ? {}
      : { authorization: badAuthorization(rng, facts) };
    return { kind: 'no-auth', method, path: route.path, headers, ...maybeBody(rng, method) };
  }
  if (roll < 35) {
    // Methods no route of ours takes, on every path; on public paths anything but GET.
    const route = rng.pick(realRoutes);
    const method = PUBLIC.has(route.name)
      ? rng.pick(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
      : rng.pick(['PUT', 'PATCH', 'OPTIONS']);
    return {
      kind: 'wrong-method',
      method,
      path: route.path,
      headers: auth,
      ...maybeBody(rng, method),
    };
  }
  if (roll < 55) {
    const route = rng.pick(
      fakeRoutes().filter(
        (r) =>
          // Routes without a parameter have no bad one to send.
          ![
            'health',
            'ready',
            'config',
            'session',
            'scenarios',
            'rooms',
            'import',
            'programmes',
            'programmeImport',
            'methods',
            'selfTest',
            'selfTestResults',
            'selfTestClaims',
          ].includes(r.name),
      ),
    );
    const method = route.name === 'room' || route.name === 'note' ? 'DELETE' : 'GET';
    return {
      kind: 'bad-param',
      method,
      path: route.path,
      headers: route.name === 'join' ? {} : auth,
    };
  }
  if (roll < 60) {
    const path = rng.pick([
      `${API.rooms}/%E0%A4%A/events`,
      `${API.rooms}/${facts.roomId}/export/${rng.pick(['votes', 'VOTES.csv', 'votes.CSV', '..%2f..%2fetc', 'report.html', ''])}`,
      `${API.rooms}/${facts.roomId}/notes/`,
      `/api/${hugeString(rng, 10, 300)}`,
      `/api//rooms`,
    ]);
    return { kind: 'bad-path', method: 'GET', path, headers: auth };
  }
  const route = rng.pick(realRoutes.filter((r) => POST_BODIES.has(r.name)));
  const { body, contentType, kind } = badBody(rng, route.name);
  return {
    kind,
    method: 'POST',
    path: route.path,
    headers: { ...auth, 'content-type': contentType },
    body,
  };
}

function maybeBody(rng: Rng, method: string): { body?: string; headers?: never } {
  if (method === 'GET' || method === 'OPTIONS' || rng.chance(0.5)) return {};
  return { body: JSON.stringify(junkValue(rng)) ?? 'null' };
}
