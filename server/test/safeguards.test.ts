import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  foldRoom,
  projectForFacilitator,
  type FacilitatorView,
  type RoomSummary,
} from '@samenspel/shared';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { formGroups } from '../src/rooms/decide-activities.js';
import { KeyRing } from '../src/auth/keys.js';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, newCommandId, participantAuth, TestClient } from './support/client.js';
import { tempDataDir, testConfig } from './support/server.js';
import { isFacilitator } from './support/views.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** Safeguards found in review: privacy of the log, left participants, floods, double joins. */
describe('safeguards', () => {
  const data = tempDataDir();
  let app: SamenspelApp;
  let url: string;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), { staffGapMs: 3 });
    url = (await app.listen()).url;
    token = await login(url);
    room = await createRoom(url, token, 'demo');
    facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    clients.push(facilitator);
    await facilitator.send({ type: 'session.start' });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await app.close();
    data.remove();
  });

  const consoleView = (predicate: (v: FacilitatorView) => boolean) =>
    facilitator.waitFor((v): v is FacilitatorView => isFacilitator(v) && predicate(v));

  it('never ties an anonymous reflection to its author in the log that leaves the server', async () => {
    const author = await joinAsParticipant(url, room.code, 'Geheime Gerda');
    clients.push(author.client);
    await facilitator.send({ type: 'block.goto', blockId: 'eerste-indruk' });
    await author.client.waitFor((v) => v.role === 'participant' && v.block?.id === 'eerste-indruk');
    const send = (text: string) =>
      author.client.send({
        type: 'answer',
        blockId: 'eerste-indruk',
        answer: { kind: 'reflection', text },
      });
    expect((await send('Eerste versie')).ok).toBe(true);
    expect((await send('Ik ben bang voor de wethouder')).ok).toBe(true);

    const { events } = await readLog(url, token, room.roomId);
    const answers = events.filter((e) => e.type === 'answer_submitted');
    expect(answers).toHaveLength(2);
    for (const event of answers) {
      const json = JSON.stringify(event);
      expect(json).not.toContain(author.participantId);
      expect(json).not.toContain('commandId');
      expect(json).not.toContain('commandDigest');
    }
    // The redacted log still folds to the same facilitator view, edits landing on one reflection.
    const live = await consoleView(
      (v) => v.runs['eerste-indruk']?.reflections[0]?.text === 'Ik ben bang voor de wethouder',
    );
    const replayed = projectForFacilitator(foldRoom(events));
    expect(replayed.runs['eerste-indruk']?.reflections).toEqual(
      live.runs['eerste-indruk']?.reflections,
    );
    expect(replayed.runs['eerste-indruk']?.answered).toBe(1);
  });

  it('turns every tab of a participant who left into a guest, and refuses what they send', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Twee Tabs');
    const secondTab = await TestClient.connect(url, participantAuth(room.code, phone.token));
    clients.push(phone.client, secondTab);
    await secondTab.waitFor((v) => v.role === 'participant');
    expect((await phone.client.send({ type: 'leave' })).ok).toBe(true);
    await secondTab.waitFor((v) => v.role === 'guest');
    const late = await secondTab.send({
      type: 'answer',
      blockId: 'eerste-indruk',
      answer: { kind: 'reflection', text: 'Toch nog iets' },
    });
    expect(late.ok === false && late.error.code).toBe('not_joined');
  });

  it('refuses a flood from one connection and counts only what it accepted', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Spammer');
    clients.push(phone.client);
    const acks = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        phone.client.send({
          type: 'answer',
          blockId: 'eerste-indruk',
          answer: { kind: 'reflection', text: `bericht ${i}` },
        }),
      ),
    );
    const refused = acks.filter((a) => !a.ok && a.error.code === 'rate_limited').length;
    const accepted = acks.filter((a) => a.ok).length;
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
    const { events } = await readLog(url, token, room.roomId);
    const hers = events.filter((e) => e.type === 'answer_submitted' && e.at >= 0);
    // Every accepted change is one event; no refused one is.
    expect(hers.length).toBeLessThanOrEqual(2 + accepted);
  });

  it('writes an answer sent again unchanged only once', async () => {
    const phone = await joinAsParticipant(url, room.code, 'Dubbeltik');
    clients.push(phone.client);
    const before = (await readLog(url, token, room.roomId)).events.length;
    const answer = { kind: 'reflection', text: 'Zelfde tekst' };
    expect((await phone.client.send({ type: 'answer', blockId: 'eerste-indruk', answer })).ok).toBe(
      true,
    );
    expect((await phone.client.send({ type: 'answer', blockId: 'eerste-indruk', answer })).ok).toBe(
      true,
    );
    const after = (await readLog(url, token, room.roomId)).events.length;
    expect(after - before).toBe(1);
  });

  it('makes one participant of two joins sent at once from one phone', async () => {
    const guest = await TestClient.connect(url, participantAuth(room.code));
    clients.push(guest);
    const before = (await consoleView(() => true)).participants.length;
    const [a, b] = await Promise.all([
      guest.send({ type: 'join', name: 'Haastig' }, newCommandId()),
      guest.send({ type: 'join', name: 'Haastig' }, newCommandId()),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const view = await consoleView((v) => v.participants.some((p) => p.name === 'Haastig'));
    expect(view.participants.length).toBe(before + 1);
  });

  it('puts a phone that is asleep in a group too', async () => {
    const sleeper = await joinAsParticipant(url, room.code, 'Slaapkop');
    sleeper.client.close();
    await consoleView(
      (v) => v.participants.find((p) => p.name === 'Slaapkop')?.presence === 'dropped',
    );
    await facilitator.send({ type: 'block.goto', blockId: 'tweetallen' });
    expect((await facilitator.send({ type: 'groups.form', blockId: 'tweetallen' })).ok).toBe(true);
    const view = await consoleView((v) => (v.runs['tweetallen']?.groups?.length ?? 0) > 0);
    expect(view.runs['tweetallen']!.groups!.flat()).toContain(sleeper.participantId);
  });
});

describe('forming groups', () => {
  const people = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);
  const sizes = (n: number, size: number) => formGroups(people(n), size).map((g) => g.length);

  it('keeps sizes within one of each other and never leaves anyone alone', () => {
    expect(sizes(11, 2)).toEqual([3, 2, 2, 2, 2]);
    expect(sizes(8, 6)).toEqual([4, 4]);
    expect(sizes(14, 10)).toEqual([7, 7]);
    expect(sizes(13, 3)).toEqual([3, 3, 3, 2, 2]);
    expect(sizes(2, 4)).toEqual([2]);
    for (let n = 2; n <= 40; n++) {
      for (const size of [2, 3, 4, 6]) {
        const s = sizes(n, size);
        expect(s.reduce((a, b) => a + b, 0)).toBe(n);
        expect(Math.min(...s)).toBeGreaterThanOrEqual(2);
        expect(Math.max(...s) - Math.min(...s)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('keys', () => {
  it('retires co-facilitator links when the passphrase changes, but not presenter links', () => {
    const signing = Buffer.alloc(32, 7);
    const before = new KeyRing(signing, 'oude-zin');
    const after = new KeyRing(signing, 'nieuwe-zin');
    expect(after.checkFacilitatorKey('r1', before.facilitatorKey('r1'), 0)).toBe(false);
    expect(after.checkPresenterKey('r1', before.presenterKey('r1'), 0)).toBe(true);
  });
});
