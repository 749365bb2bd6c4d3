import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  API,
  LogExportSchema,
  type FacilitatorView,
  type ParticipantView,
  type PresenterView,
  type RoomSummary,
} from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, TestClient } from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';
import { isFacilitator, isParticipant, isPresenter } from './support/views.js';

const PRACTICE = fileURLToPath(new URL('./fixtures/practice', import.meta.url));

const zwembad = {
  title: 'Het zwembad',
  who: 'Wethouder sport',
  stake: 'Sluiten of renoveren; de raad is verdeeld en de buurt rekent op renovatie.',
  deadline: 'Voor de zomer',
  named: false,
};
const laadpalen = {
  title: 'Laadpalen in de binnenstad',
  who: 'Gedeputeerde mobiliteit',
  stake: 'Een toezegging aan bewoners die niet in de regeling past.',
  deadline: '',
  named: true,
};

/** Dossiers from the room's own practice, live over real sockets: in, shortlisted, voted, played. */
describe('cases from practice, live', () => {
  const data = tempDataDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  let facilitator: TestClient;
  let presenter: TestClient;
  const phones: Array<Awaited<ReturnType<typeof joinAsParticipant>>> = [];

  beforeAll(async () => {
    server = await startServer({ dataDir: data.dir, config: { scenariosDir: PRACTICE } });
    token = await login(server.url);
    room = await createRoom(server.url, token, 'eigen-praktijk');
    facilitator = await TestClient.connect(server.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    presenter = await TestClient.connect(server.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    for (const name of ['Anouk', 'Bram', null]) {
      phones.push(await joinAsParticipant(server.url, room.code, name));
    }
    expect((await facilitator.send({ type: 'session.start' })).ok).toBe(true);
  });
  afterAll(async () => {
    for (const client of [facilitator, presenter, ...phones.map((p) => p.client)]) client?.close();
    await server.stop();
    data.remove();
  });

  const consoleView = (predicate: (v: FacilitatorView) => boolean) =>
    facilitator.waitFor((v): v is FacilitatorView => isFacilitator(v) && predicate(v));
  const screen = (predicate: (v: PresenterView) => boolean) =>
    presenter.waitFor((v): v is PresenterView => isPresenter(v) && predicate(v));
  const phone = (i: number, predicate: (v: ParticipantView) => boolean) =>
    phones[i]!.client.waitFor((v): v is ParticipantView => isParticipant(v) && predicate(v));
  const send = (i: number, answer: Record<string, unknown>) =>
    phones[i]!.client.send({
      type: 'answer',
      blockId: 'dossiers',
      answer: { kind: 'practice', ...answer },
    });
  const cases = (v: FacilitatorView) => v.runs['dossiers']?.cases;

  it('takes dossiers in, and shows the console a name only where its author asked', async () => {
    expect((await send(0, { case: zwembad })).ok).toBe(true);
    expect((await send(1, { case: laadpalen })).ok).toBe(true);
    const view = await consoleView((v) => cases(v)?.submissions.length === 2);
    const authors = cases(view)!.submissions.map((s) => [s.title, s.author]);
    expect(authors).toEqual(
      expect.arrayContaining([
        ['Het zwembad', null],
        ['Laadpalen in de binnenstad', 'Bram'],
      ]),
    );
    expect(view.runs['dossiers']!.answeredBy).toEqual([]);
    expect(JSON.stringify(view.runs['dossiers'])).not.toContain('Anouk');
    await screen((v) => v.live?.cases?.submitted === 2);
  });

  it('refuses what does not fit, plainly, and changes nothing', async () => {
    const tooLong = await send(2, { case: { ...zwembad, stake: 'x'.repeat(601) } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const early = await send(2, { vote: 'whatever' });
    expect(early).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    const nothing = await send(2, {});
    expect(nothing).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const byPhone = await phones[0]!.client.send({
      type: 'cases.list',
      blockId: 'dossiers',
      title: 'x',
      text: 'y',
      sources: [],
    });
    expect(byPhone).toMatchObject({ ok: false, error: { code: 'not_facilitator' } });
    const unknownSource = await facilitator.send({
      type: 'cases.list',
      blockId: 'dossiers',
      title: 'x',
      text: 'y',
      sources: ['bestaat-niet'],
    });
    expect(unknownSource).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
    const wrongBlock = await facilitator.send({
      type: 'cases.voting',
      blockId: 'gesprek',
      open: true,
    });
    expect(wrongBlock).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    const tooFew = await facilitator.send({
      type: 'cases.voting',
      blockId: 'dossiers',
      open: true,
    });
    expect(tooFew).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    const view = await consoleView(() => true);
    expect(cases(view)!.submissions).toHaveLength(2);
    expect(cases(view)!.candidates).toEqual([]);
  });

  it('shortlists (one merged), votes with every phone, and plays the winner everywhere', async () => {
    const ids = cases(await consoleView(() => true))!.submissions.map((s) => s.id);
    const merged = await facilitator.send({
      type: 'cases.list',
      blockId: 'dossiers',
      title: 'Twee toezeggingen',
      text: 'Een zwembad en laadpalen: twee beloften die de regels niet toelaten.',
      sources: ids,
    });
    expect(merged.ok).toBe(true);
    const single = await facilitator.send({
      type: 'cases.list',
      blockId: 'dossiers',
      title: 'Het zwembad',
      text: 'Sluiten of renoveren.',
      sources: [ids[0]],
    });
    expect(single.ok).toBe(true);
    const listed = await consoleView((v) => cases(v)?.candidates.length === 2);
    const [first, second] = cases(listed)!.candidates;
    // Phones see no shortlist until the vote opens.
    expect(phones[2]!.client.latest).toMatchObject({ mine: { cases: { candidates: [] } } });
    expect(
      (await facilitator.send({ type: 'cases.voting', blockId: 'dossiers', open: true })).ok,
    ).toBe(true);
    await phone(2, (v) => v.mine?.cases?.candidates.length === 2);
    // Editing the shortlist under an open vote is refused.
    const editing = await facilitator.send({
      type: 'cases.unlist',
      blockId: 'dossiers',
      candidateId: second!.id,
    });
    expect(editing).toMatchObject({ ok: false, error: { code: 'invalid_state' } });
    for (const [i, pick] of [
      [0, first!.id],
      [1, first!.id],
      [2, second!.id],
    ] as const) {
      expect((await send(i, { vote: pick })).ok).toBe(true);
    }
    // A vote does not undo the dossier that phone sent in.
    const during = await consoleView((v) => cases(v)?.votes === 3);
    expect(cases(during)!.submissions).toHaveLength(2);
    expect(cases(during)!.candidates.map((c) => c.votes)).toEqual([2, 1]);
    expect(
      (await presenter.waitFor(isPresenter)).live?.cases?.candidates.map((c) => c.votes),
    ).toEqual([null, null]);

    expect(
      (
        await facilitator.send({
          type: 'cases.choose',
          blockId: 'dossiers',
          candidateId: first!.id,
        })
      ).ok,
    ).toBe(true);
    await screen(
      (v) => v.live?.cases?.chosen?.id === first!.id && v.live.cases.candidates[0]?.votes === 2,
    );
    await phone(0, (v) => v.mine?.cases?.chosen?.title === 'Twee toezeggingen');

    for (const blockId of ['ronde-bureaucraat', 'ronde-verbinder']) {
      expect((await facilitator.send({ type: 'block.goto', blockId })).ok).toBe(true);
      const shown = (c: unknown) => JSON.stringify(c).includes('Twee toezeggingen');
      await screen((v) => v.block?.id === blockId && shown(v.block.content));
      for (const i of [0, 1, 2])
        await phone(i, (v) => v.block?.id === blockId && shown(v.block.content));
    }
    expect((await facilitator.send({ type: 'block.goto', blockId: 'gesprek' })).ok).toBe(true);
    await screen(
      (v) =>
        v.block?.content.kind === 'roles' &&
        (v.block.content.caseText ?? '').includes('Twee toezeggingen'),
    );
  });

  it('edits the chosen case for the screen, and the later blocks show the edit at once', async () => {
    const view = await consoleView(() => true);
    const chosen = cases(view)!.chosen!;
    const ack = await facilitator.send({
      type: 'cases.list',
      blockId: 'dossiers',
      candidateId: chosen.id,
      title: 'Twee beloften',
      text: chosen.text,
      sources: cases(view)!.candidates[0]!.sources,
    });
    expect(ack.ok).toBe(true);
    await screen(
      (v) =>
        v.block?.content.kind === 'roles' &&
        (v.block.content.caseText ?? '').includes('Twee beloften'),
    );
  });

  it('keeps in the log what was chosen and what was shown, and no author in the export', async () => {
    const log = await readLog(server.url, token, room.roomId);
    const chosen = log.events.filter((e) => e.type === 'case_chosen');
    expect(chosen.map((e) => e.type === 'case_chosen' && e.title)).toEqual([
      'Twee toezeggingen',
      'Twee beloften',
    ]);
    const response = await fetch(server.url + API.exportJson(room.roomId), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const exported = LogExportSchema.parse(await response.json());
    const dossiers = exported.events.filter(
      (e) => e.type === 'answer_submitted' && e.blockId === 'dossiers',
    );
    expect(dossiers.length).toBeGreaterThanOrEqual(5);
    const ids = phones.map((p) => p.participantId);
    for (const event of dossiers) {
      expect(event.type === 'answer_submitted' && ids.includes(event.participantId)).toBe(false);
      expect(event.actor).toEqual({ kind: 'system' });
    }
    expect(JSON.stringify(exported)).toContain('Twee beloften');
  });

  it('reports the case the room played, with the shortlist and its votes, and no dossier', async () => {
    const response = await fetch(server.url + API.report(room.roomId), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const report = await response.text();
    expect(report).toContain('Casussen uit de praktijk');
    expect(report).toContain('Gespeeld: Twee beloften');
    expect(report).toMatch(
      /data-count="dossiers">2<\/strong>\s*dossiers\s*ingestuurd, 2 casussen op de shortlist, 3 stemmen/,
    );
    // The dossiers only the facilitator read stay out, and so does who sent them in.
    expect(report).not.toContain(laadpalen.stake);
    expect(report).not.toContain(zwembad.stake);
  });
});
