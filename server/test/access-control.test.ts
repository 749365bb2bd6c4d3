import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  CommandSchema,
  FACILITATOR_COMMAND_TYPES,
  type FacilitatorCommand,
  type RoomSummary,
} from '@samenspel/shared';
import { CSV_KINDS } from '../src/reports/rows.js';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, participantAuth, TestClient } from './support/client.js';
import { startServer } from './support/server.js';

type Sample<T extends FacilitatorCommand['type']> = Omit<
  Extract<FacilitatorCommand, { type: T }>,
  'v' | 'id' | 'type'
>;

/**
 * One well-formed example of every facilitator command. The mapped type makes a new command in
 * the shared schema fail the typecheck here until it has an example, so it is covered too.
 */
const FACILITATOR_SAMPLES: { [T in FacilitatorCommand['type']]: Sample<T> } = {
  'session.start': {},
  'block.next': {},
  'block.previous': {},
  'block.goto': { blockId: 'afsluiting' },
  'timer.start': {},
  'timer.pause': {},
  'timer.resume': {},
  'timer.extend': { byMs: 60_000 },
  'timer.reset': {},
  'answers.lock': { blockId: 'welkom' },
  'answers.unlock': { blockId: 'welkom' },
  'results.reveal': { blockId: 'welkom' },
  'results.hide': { blockId: 'welkom' },
  'reflection.moderate': {
    blockId: 'welkom',
    reflectionId: 'x_0000',
    hidden: true,
    highlighted: false,
  },
  'roles.assign': { blockId: 'welkom' },
  'groups.form': { blockId: 'welkom' },
  'cases.list': { blockId: 'welkom', title: 'Een casus', text: 'Wat er speelt.', sources: [] },
  'cases.unlist': { blockId: 'welkom', candidateId: 'c_0000' },
  'cases.voting': { blockId: 'welkom', open: true },
  'cases.choose': { blockId: 'welkom', candidateId: 'c_0000' },
  'joins.close': {},
  'joins.open': {},
  'participant.remove': { participantId: 'p_0000' },
  'session.end': {},
  'meeting.close': {},
  'meeting.start': {},
  'links.renew': {},
};

const BASE64URL_256_BITS = /^[A-Za-z0-9_-]{43}$/;

describe('access control', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let otherRoom: RoomSummary;
  let facilitator: TestClient;
  let presenter: TestClient;
  let anouk: Awaited<ReturnType<typeof joinAsParticipant>>;
  let bram: Awaited<ReturnType<typeof joinAsParticipant>>;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    token = await login(server.url);
    room = await createRoom(server.url, token);
    otherRoom = await createRoom(server.url, token);
    facilitator = await TestClient.connect(server.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: room.facilitatorKey,
    });
    presenter = await TestClient.connect(server.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    anouk = await joinAsParticipant(server.url, room.code, 'Anouk');
    bram = await joinAsParticipant(server.url, room.code, 'Bram');
    clients.push(facilitator, presenter, anouk.client, bram.client);
    expect((await facilitator.send({ type: 'session.start' })).ok).toBe(true);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  const lastSeq = async () => (await readLog(server.url, token, room.roomId)).events.at(-1)!.seq;

  it('refuses every facilitator command from a phone and from the presenter, changing nothing', async () => {
    const types = [...FACILITATOR_COMMAND_TYPES].sort();
    expect(types).toEqual(Object.keys(FACILITATOR_SAMPLES).sort());
    const before = await lastSeq();
    for (const [type, fields] of Object.entries(FACILITATOR_SAMPLES)) {
      const command = { type, ...fields };
      // The example is a real command: only who sends it is wrong.
      expect(CommandSchema.safeParse({ v: 1, id: 'x'.repeat(16), ...command }).success).toBe(true);
      for (const [who, client] of [
        ['phone', anouk.client],
        ['presenter', presenter],
      ] as const) {
        const ack = await client.send(command);
        expect(ack.ok === false && ack.error.code, `${type} from the ${who}`).toBe(
          'not_facilitator',
        );
      }
    }
    expect(await lastSeq()).toBe(before);
  });

  it('does not let a phone act for another participant', async () => {
    const before = await lastSeq();
    const forBram = await anouk.client.send({
      type: 'leave',
      participantId: bram.participantId,
    });
    expect(forBram.ok === false && forBram.error.code).toBe('invalid_payload');
    const again = await anouk.client.send({ type: 'join', name: 'Bram' });
    expect(again.ok === false && again.error.code).toBe('already_joined');
    expect(await lastSeq()).toBe(before);

    // Bram's id under Anouk's signature, Anouk's token in another room: neither gets in.
    const [, anoukMac] = anouk.token.split('.');
    const refusals = await Promise.all(
      [
        participantAuth(room.code, `${bram.participantId}.${anoukMac}`),
        participantAuth(otherRoom.code, anouk.token),
      ].map((auth) =>
        TestClient.connect(server.url, auth).then(
          () => 'connected',
          (error: Error) => error.message,
        ),
      ),
    );
    expect(refusals).toEqual(['invalid_token', 'invalid_token']);
  });

  it('does not open one room with another room’s keys', async () => {
    const attempts = [
      { v: 1, role: 'facilitator', roomId: otherRoom.roomId, key: room.facilitatorKey },
      { v: 1, role: 'presenter', roomId: otherRoom.roomId, key: room.presenterKey },
      { v: 1, role: 'facilitator', roomId: room.roomId, key: anouk.token },
    ] as const;
    for (const auth of attempts) {
      await expect(TestClient.connect(server.url, auth), JSON.stringify(auth)).rejects.toThrow(
        'unauthorized',
      );
    }
  });

  it('keeps the log, exports, report, notes and library behind the passphrase', async () => {
    const id = room.roomId;
    // Every path of the API: the public ones by name, the rest must refuse a stranger. The join
    // link's token opens to a presenter's key too (guessing-limits.test.ts checks it).
    // The self-test is for anyone, without a room or an account (self-test.test.ts).
    const PUBLIC = [
      'session',
      'join',
      'joinLink',
      'health',
      'ready',
      'config',
      'selfTest',
      'selfTestResults',
      'selfTestClaims',
    ] as const;
    const guarded: {
      [K in Exclude<keyof typeof API, (typeof PUBLIC)[number]>]: Array<[string, string]>;
    } = {
      scenarios: [['GET', API.scenarios]],
      rooms: [
        ['GET', API.rooms],
        ['POST', API.rooms],
      ],
      room: [['DELETE', API.room(id)]],
      links: [['POST', API.links(id)]],
      events: [['GET', API.events(id)]],
      exportJson: [['GET', API.exportJson(id)]],
      exportCsv: CSV_KINDS.map((kind) => ['GET', API.exportCsv(id, kind)]),
      report: [['GET', API.report(id)]],
      notes: [
        ['GET', API.notes(id)],
        ['POST', API.notes(id)],
      ],
      note: [['DELETE', API.note(id, 'n_0000')]],
      import: [['POST', API.import]],
      programmes: [
        ['GET', API.programmes],
        ['POST', API.programmes],
      ],
      programme: [
        ['GET', API.programme('bestuurlijke-sensitiviteit')],
        ['PUT', API.programme('bestuurlijke-sensitiviteit')],
        ['DELETE', API.programme('bestuurlijke-sensitiviteit')],
      ],
      programmeVersions: [['GET', API.programmeVersions('bestuurlijke-sensitiviteit')]],
      programmeVersion: [['GET', API.programmeVersion('bestuurlijke-sensitiviteit', 1)]],
      programmeYaml: [['GET', API.programmeYaml('bestuurlijke-sensitiviteit', 1)]],
      programmeImport: [['POST', API.programmeImport]],
      methods: [
        ['GET', API.methods],
        ['POST', API.methods],
      ],
      method: [['DELETE', API.method('m-0000')]],
    };
    expect(Object.keys(API).sort()).toEqual([...PUBLIC, ...Object.keys(guarded)].sort());
    const wrongKeys = {
      none: undefined,
      presenter: room.presenterKey,
      'room facilitator key': room.facilitatorKey,
      participant: anouk.token,
      expired: server.app.keys.sessionToken(Date.now() - 1000),
    };
    const before = await lastSeq();
    for (const [method, path] of Object.values(guarded).flat()) {
      for (const [why, key] of Object.entries(wrongKeys)) {
        const response = await fetch(server.url + path, {
          method,
          headers: {
            ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
            ...(key === undefined ? {} : { authorization: `Bearer ${key}` }),
          },
          body: method === 'POST' ? JSON.stringify({ scenarioId: 'korte-ronde' }) : undefined,
        });
        expect(response.status, `${method} ${path} with ${why}`).toBe(401);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
          'unauthorized',
        );
      }
    }
    expect(await lastSeq()).toBe(before);
    const rooms = await fetch(server.url + API.rooms, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(((await rooms.json()) as RoomSummary[]).map((r) => r.roomId).sort()).toEqual(
      [room.roomId, otherRoom.roomId].sort(),
    );
  });

  it('gives keys and tokens of 256 bits, all different, that only this server’s secret makes', async () => {
    const rooms = await Promise.all(
      Array.from({ length: 20 }, () => createRoom(server.url, token)),
    );
    const phones = [];
    for (let i = 0; i < 20; i++) phones.push(await joinAsParticipant(server.url, room.code, null));
    clients.push(...phones.map((p) => p.client));
    const secrets = [
      ...rooms.flatMap((r) => [r.facilitatorKey, r.presenterKey]),
      ...phones.map((p) => p.token.split('.')[1]!),
      token.split('.')[1]!,
    ];
    for (const secret of secrets) expect(secret).toMatch(BASE64URL_256_BITS);
    expect(new Set(secrets).size).toBe(secrets.length);
    for (const phone of phones)
      expect(phone.token.startsWith(`${phone.participantId}.`)).toBe(true);

    // The same room on a server with another signing key (32 random bytes) gets other keys.
    expect(server.app.secrets.signingKey.length).toBeGreaterThanOrEqual(32);
    const other = await startServer();
    try {
      expect(other.app.keys.presenterKey(room.roomId)).not.toBe(room.presenterKey);
      expect(other.app.keys.checkFacilitatorKey(room.roomId, room.facilitatorKey, 0)).toBe(false);
      expect(other.app.keys.participantFromToken(room.roomId, anouk.token)).toBeNull();
    } finally {
      await other.stop();
    }
  });
});
