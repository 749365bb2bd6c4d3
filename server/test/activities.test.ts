import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type {
  FacilitatorView,
  ParticipantView,
  PresenterView,
  RoomSummary,
} from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, participantAuth, TestClient } from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { isFacilitator, isParticipant, isPresenter } from './support/views.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));

/** Every block kind of the demo programme, live over real sockets, with its privacy rules. */
describe('live activities', () => {
  const data = tempDataDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  let presenter: TestClient;
  const phones: Array<Awaited<ReturnType<typeof joinAsParticipant>>> = [];
  const everyone = () => [facilitator, presenter, ...phones.map((p) => p.client)];

  beforeAll(async () => {
    const { buildApp } = await import('../src/app.js');
    const { testConfig } = await import('./support/server.js');
    const app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), {
      staffGapMs: 3,
    });
    const { url } = await app.listen();
    server = { app, url, dataDir: data.dir, stop: () => app.close() };
    token = await login(url);
    room = await createRoom(url, token, 'demo');
    facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    presenter = await TestClient.connect(url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    for (const name of ['Anouk', 'Bram', null, 'Dewi']) {
      phones.push(await joinAsParticipant(url, room.code, name));
    }
    await facilitator.send({ type: 'session.start' });
  });
  afterAll(async () => {
    for (const client of everyone()) client?.close();
    await server.stop();
    data.remove();
  });

  const goto = async (blockId: string) => {
    const ack = await facilitator.send({ type: 'block.goto', blockId });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    for (const { client } of phones)
      await client.waitFor((v) => isParticipant(v) && v.block?.id === blockId);
  };
  const console_ = (predicate: (v: FacilitatorView) => boolean) =>
    facilitator.waitFor((v): v is FacilitatorView => isFacilitator(v) && predicate(v));
  const screen = (predicate: (v: PresenterView) => boolean) =>
    presenter.waitFor((v): v is PresenterView => isPresenter(v) && predicate(v));
  const phoneView = (i: number, predicate: (v: ParticipantView) => boolean = () => true) =>
    phones[i]!.client.waitFor((v): v is ParticipantView => isParticipant(v) && predicate(v));
  const answer = (i: number, blockId: string, value: Record<string, unknown>) =>
    phones[i]!.client.send({ type: 'answer', blockId, answer: value });

  it('shows the case text with its perspective on phones and the projector', async () => {
    await goto('mini-casus');
    const phone = await phoneView(0);
    expect(phone.block?.content.kind === 'casus' && phone.block.content.caseText).toBeTruthy();
    expect(phone.block?.perspective).toBeTruthy();
    const projector = await screen((v) => v.block?.id === 'mini-casus');
    expect(projector.block?.content).toEqual(phone.block?.content);
  });

  it('runs a vote: changeable until locked, results on the projector only after reveal', async () => {
    await goto('eerste-stap');
    expect((await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['regels'] })).ok).toBe(true);
    expect((await answer(1, 'eerste-stap', { kind: 'poll', optionIds: ['plan'] })).ok).toBe(true);
    expect((await answer(0, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] })).ok).toBe(true);
    const bad = await answer(2, 'eerste-stap', { kind: 'poll', optionIds: ['regels', 'plan'] });
    expect(bad.ok === false && bad.error.field).toBe('answer.optionIds');
    const wrongBlock = await answer(2, 'mini-casus', { kind: 'poll', optionIds: ['regels'] });
    expect(wrongBlock.ok === false && wrongBlock.error.code).toBe('invalid_state');

    const live = await console_((v) => {
      const results = v.runs['eerste-stap']?.results;
      return results?.kind === 'poll' && results.counts['buurt'] === 1;
    });
    expect(live.runs['eerste-stap']?.results).toEqual({
      kind: 'poll',
      respondents: 2,
      counts: { regels: 0, plan: 1, buurt: 1 },
    });
    const hidden = await screen((v) => v.live?.answered === 2);
    expect(hidden.live?.results).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('"counts"');
    expect((await phoneView(0, (v) => v.mine?.answer != null)).mine?.answer).toEqual({
      kind: 'poll',
      optionIds: ['buurt'],
    });

    await facilitator.send({ type: 'answers.lock', blockId: 'eerste-stap' });
    await phoneView(2, (v) => v.mine?.locked === true);
    const late = await answer(2, 'eerste-stap', { kind: 'poll', optionIds: ['regels'] });
    expect(late.ok === false && late.error.code).toBe('invalid_state');

    await facilitator.send({ type: 'results.reveal', blockId: 'eerste-stap' });
    const shown = await screen((v) => v.live?.results != null);
    expect(shown.live?.results).toEqual({
      kind: 'poll',
      respondents: 2,
      counts: { regels: 0, plan: 1, buurt: 1 },
    });
    // Phones never see other people's answers.
    for (const { client } of phones)
      expect(JSON.stringify(client.latest)).not.toContain('"counts"');
  });

  it('collects a scale statement by statement', async () => {
    await goto('thermometer');
    await answer(0, 'thermometer', { kind: 'scale', values: { 'weet-wat-speelt': 4 } });
    await answer(0, 'thermometer', { kind: 'scale', values: { 'durf-tegenspraak': 2 } });
    await answer(1, 'thermometer', { kind: 'scale', values: { 'weet-wat-speelt': 2 } });
    const tooHigh = await answer(1, 'thermometer', {
      kind: 'scale',
      values: { 'weet-wat-speelt': 6 },
    });
    expect(tooHigh.ok).toBe(false);
    const view = await console_((v) => {
      const results = v.runs['thermometer']?.results;
      return results?.kind === 'scale' && results.statements['weet-wat-speelt']?.mean === 3;
    });
    const results = view.runs['thermometer']?.results;
    expect(results?.kind === 'scale' && results.statements['weet-wat-speelt']).toEqual({
      counts: [0, 1, 0, 1, 0],
      mean: 3,
    });
    expect((await phoneView(0, (v) => v.mine?.answer?.kind === 'scale')).mine?.answer).toEqual({
      kind: 'scale',
      values: { 'weet-wat-speelt': 4, 'durf-tegenspraak': 2 },
    });
  });

  it('gives each participant their own profile from the stellingenlijst, and the group spread', async () => {
    await goto('mini-stellingen');
    const phone = await phoneView(0);
    // The statements come without their ideal type: knowing it would colour the answers.
    expect(JSON.stringify(phone.block?.content)).not.toMatch(/bureaucraat|ondernemer|verbinder/);
    const all = { d1: 5, d2: 1, d3: 3, d4: 5, d5: 1, d6: 3 };
    await answer(0, 'mini-stellingen', { kind: 'statements', values: all });
    await answer(1, 'mini-stellingen', { kind: 'statements', values: { d1: 1, d2: 5 } });
    const mine = await phoneView(0, (v) => v.profile !== null);
    expect(mine.profile?.answered).toBe(6);
    const share = mine.profile!.share;
    expect(share.bureaucraat + share.ondernemer + share.verbinder).toBeCloseTo(1, 3);
    // A half-answered list shows no profile yet: it would give away each statement's type.
    const partial = await phoneView(1, (v) => v.mine?.answer?.kind === 'statements');
    expect(partial.profile).toBeNull();
    await facilitator.send({ type: 'results.reveal', blockId: 'mini-stellingen' });
    const spread = await screen((v) => v.live?.results?.kind === 'statements');
    const results = spread.live?.results;
    // The group picture holds finished lists only.
    expect(results?.kind === 'statements' && results.points).toHaveLength(1);
    expect(results?.kind === 'statements' && results.respondents).toBe(2);
    expect(results?.kind === 'statements' && results.complete).toBe(1);
    // Once the list is closed, the half-answered one gets the profile of what it did answer.
    await facilitator.send({ type: 'answers.lock', blockId: 'mini-stellingen' });
    const closed = await phoneView(1, (v) => v.profile != null);
    expect(closed.profile?.answered).toBe(2);
  });

  it('never lets the author of an anonymous reflection be seen, and highlights on request', async () => {
    await goto('eerste-indruk');
    const secret = 'Ik durf mijn wethouder niet tegen te spreken';
    expect((await answer(2, 'eerste-indruk', { kind: 'reflection', text: secret })).ok).toBe(true);
    expect(
      (await answer(0, 'eerste-indruk', { kind: 'reflection', text: 'Kaders geven rust' })).ok,
    ).toBe(true);
    const view = await console_((v) => v.runs['eerste-indruk']?.reflections.length === 2);
    const run = view.runs['eerste-indruk']!;
    expect(run.reflections.every((r) => r.author === null)).toBe(true);
    expect(run.answeredBy).toEqual([]);
    const secretId = run.reflections.find((r) => r.text === secret)!.id;
    for (const id of [phones[2]!.participantId, phones[0]!.participantId]) {
      expect(secretId).not.toContain(id);
    }
    // Reflections reach the projector one highlighted text at a time: there is no chart to reveal.
    const logBefore = await readLog(server.url, token, room.roomId);
    const reveal = await facilitator.send({ type: 'results.reveal', blockId: 'eerste-indruk' });
    expect(reveal.ok === false && reveal.error).toMatchObject({
      code: 'invalid_state',
      field: 'blockId',
    });
    expect(await readLog(server.url, token, room.roomId)).toEqual(logBefore);

    await facilitator.send({
      type: 'reflection.moderate',
      blockId: 'eerste-indruk',
      reflectionId: secretId,
      hidden: false,
      highlighted: true,
    });
    const projector = await screen((v) => (v.live?.highlighted.length ?? 0) === 1);
    expect(projector.live?.highlighted).toEqual([{ id: secretId, text: secret }]);

    // Nothing any other screen was sent ties the text to its writer.
    const authorId = phones[2]!.participantId;
    for (const client of [facilitator, presenter, phones[0]!.client, phones[1]!.client]) {
      for (const { view: sent } of client.views) {
        const json = JSON.stringify(sent);
        if (!json.includes(secret)) continue;
        const runJson = isFacilitator(sent) ? JSON.stringify(sent.runs['eerste-indruk']) : json;
        expect(runJson).not.toContain(authorId);
      }
    }
  });

  it('deals role cards; each phone sees only its own private brief', async () => {
    await goto('mini-rollenspel');
    expect((await facilitator.send({ type: 'roles.assign', blockId: 'mini-rollenspel' })).ok).toBe(
      true,
    );
    const view = await console_((v) => v.runs['mini-rollenspel']?.roles != null);
    const roles = view.runs['mini-rollenspel']!.roles!;
    expect(Object.keys(roles).sort()).toEqual(phones.map((p) => p.participantId).sort());
    const perCard = Object.values(roles).reduce<Record<string, number>>((acc, card) => {
      acc[card] = (acc[card] ?? 0) + 1;
      return acc;
    }, {});
    // Four players over three cards: balanced means two, one, one.
    expect(Object.values(perCard).sort()).toEqual([1, 1, 2]);
    const block = view.scenario.blocks.find((b) => b.id === 'mini-rollenspel');
    const briefs =
      block?.kind === 'roles' ? (block.cards ?? []).map((c) => [c.id, c.brief] as const) : [];
    for (const [i, phone] of phones.entries()) {
      const mine = await phoneView(i, (v) => v.mine?.role != null);
      const myCard = roles[phone.participantId];
      expect(mine.mine?.role?.id).toBe(myCard);
      for (const [cardId, brief] of briefs) {
        if (cardId !== myCard) expect(JSON.stringify(mine)).not.toContain(brief);
      }
    }
    const projector = await screen((v) => v.live?.roleCounts != null);
    for (const [, brief] of briefs) expect(JSON.stringify(projector)).not.toContain(brief);
  });

  it('forms pairs of the people in the room', async () => {
    await goto('tweetallen');
    await facilitator.send({ type: 'groups.form', blockId: 'tweetallen' });
    const mine = await phoneView(0, (v) => v.mine?.group != null);
    expect(mine.mine?.group?.members).toHaveLength(2);
    expect(mine.mine?.group?.members).toContainEqual({ name: 'Anouk', me: true });
    expect(mine.mine?.group?.members.filter((member) => member.me)).toHaveLength(1);
    const projector = await screen((v) => v.live?.groupCount != null);
    expect(projector.live?.groupCount).toBe(2);
  });

  it('keeps intentions for the participant’s own summary at the end', async () => {
    await goto('voornemen');
    const items = [
      'Elke week een kop koffie met de wethouder',
      'Vaker vragen wat het bestuur nodig heeft',
    ];
    expect((await answer(3, 'voornemen', { kind: 'intentions', items })).ok).toBe(true);
    const tooMany = await answer(3, 'voornemen', { kind: 'intentions', items: ['a', 'b', 'c'] });
    expect(tooMany.ok === false && tooMany.error.field).toBe('answer.items');
    await facilitator.send({ type: 'session.end' });
    const end = await phoneView(3, (v) => v.room.status === 'ended');
    expect(end.summary.intentions).toEqual(items);
    const first = await phoneView(0, (v) => v.room.status === 'ended');
    expect(first.summary.reflections).toEqual([
      expect.objectContaining({ blockId: 'eerste-indruk', text: 'Kaders geven rust' }),
    ]);
    expect(first.summary.profile?.answered).toBe(6);
    expect(JSON.stringify(first)).not.toContain(items[0]);

    // After the session the phone can still come back for its own summary, and only its own.
    phones[3]!.client.close();
    const back = await TestClient.connect(server.url, participantAuth(room.code, phones[3]!.token));
    const later = await back.waitFor(isParticipant);
    expect(later.room.status).toBe('ended');
    expect(later.summary.intentions).toEqual(items);
    expect(JSON.stringify(later)).not.toContain('Kaders geven rust');
    back.close();

    const log = await readLog(server.url, token, room.roomId);
    expect(log.events.map((e) => e.seq)).toEqual(log.events.map((_, i) => i + 1));
  });
});
