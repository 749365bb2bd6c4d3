import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { API, type ParticipantView, type PresenterView } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { joinAsParticipant, TestClient } from './support/client.js';
import { csvRecords } from './support/csv.js';
import { startServer, tempDataDir } from './support/server.js';
import { isParticipant, isPresenter } from './support/views.js';

const MEETINGS = fileURLToPath(new URL('./fixtures/meetings', import.meta.url));

/**
 * A keukenbezoek over real sockets: the console draws the pairs, the phones save their
 * agreements, the report and the export show them as a trainer needs, and day two's report-back
 * shows each phone its own agreement.
 */
describe('a keukenbezoek planned in pairs and reported back on', () => {
  const data = tempDataDir();
  const clients: TestClient[] = [];
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  afterAll(async () => {
    for (const client of clients) client.close();
    await server?.stop().catch(() => undefined);
    data.remove();
  });
  const phoneView = (client: TestClient, predicate: (v: ParticipantView) => boolean) =>
    client.waitFor((v): v is ParticipantView => isParticipant(v) && predicate(v));

  it('pairs the room, keeps each agreement for its maker, and shows it again on day two', async () => {
    server = await startServer({ dataDir: data.dir, config: { scenariosDir: MEETINGS } });
    const token = await login(server.url);
    const room = await createRoom(server.url, token, 'keukenbezoek');
    const console_ = await TestClient.connect(server.url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    const presenter = await TestClient.connect(server.url, {
      v: 1,
      role: 'presenter',
      roomId: room.roomId,
      key: room.presenterKey,
    });
    clients.push(console_, presenter);
    const phones = await Promise.all(
      ['Anouk', 'Bram', 'Carla', 'Daan'].map((name) =>
        joinAsParticipant(server!.url, room.code, name),
      ),
    );
    clients.push(...phones.map((p) => p.client));

    expect((await console_.send({ type: 'session.start' })).ok).toBe(true);
    // An info block forms no pairs: refused, nothing written.
    const early = await console_.send({ type: 'groups.form', blockId: 'welkom' });
    expect(early.ok ? null : early.error.code).toBe('invalid_state');
    expect((await console_.send({ type: 'block.next' })).ok).toBe(true);
    expect((await console_.send({ type: 'groups.form', blockId: 'bezoek' })).ok).toBe(true);

    const anouk = await phoneView(phones[0]!.client, (v) => v.mine?.group != null);
    const partner = anouk.mine!.group!.members.find((m) => !m.me)!.name!;
    expect(anouk.mine!.group!.members).toHaveLength(2);
    const projector = await presenter.waitFor(
      (v): v is PresenterView => isPresenter(v) && v.live?.groupCount != null,
    );
    expect(projector.live?.groupCount).toBe(2);

    const agreement = {
      kind: 'visit' as const,
      host: 'De wethouder wonen, bij haar portefeuilleoverleg',
      when: 'Week 12',
      question: 'Wanneer wil zij een dossier voor het eerst zien?',
    };
    // Drawn pairs: a phone cannot name a partner of its own; the refusal names the field.
    const named = await phones[0]!.client.send({
      type: 'answer',
      blockId: 'bezoek',
      answer: { ...agreement, partner: 'Sanne' },
    });
    expect(named.ok ? null : named.error.field).toBe('answer.partner');
    const empty = await phones[0]!.client.send({
      type: 'answer',
      blockId: 'bezoek',
      answer: { ...agreement, host: '   ' },
    });
    expect(empty.ok ? null : empty.error.code).toBe('invalid_payload');
    const saved = await phones[0]!.client.send({
      type: 'answer',
      blockId: 'bezoek',
      answer: agreement,
    });
    expect(saved.ok).toBe(true);
    // Disguised or invisible text is no agreement.
    const hidden = await phones[1]!.client.send({
      type: 'answer',
      blockId: 'bezoek',
      answer: { ...agreement, host: 'Evil\u202eredivorp' },
    });
    expect(hidden.ok ? null : hidden.error.field).toBe('answer.host');
    const invisible = await phones[1]!.client.send({
      type: 'answer',
      blockId: 'bezoek',
      answer: { ...agreement, when: '\u200b\u200b' },
    });
    expect(invisible.ok ? null : invisible.error.field).toBe('answer.when');
    // Once an agreement names its pair, the pairs stay: drawing again is refused.
    const again = await console_.send({ type: 'groups.form', blockId: 'bezoek' });
    expect(again.ok ? null : again.error.code).toBe('invalid_state');
    const mine = await phoneView(phones[0]!.client, (v) => v.summary.visits.length === 1);
    expect(mine.summary.visits[0]).toMatchObject({ host: agreement.host, partners: [partner] });
    // Nobody else's phone carries it, the projector only counts it.
    const other = await phoneView(phones[1]!.client, (v) => v.mine?.group != null);
    expect(JSON.stringify(other)).not.toContain(agreement.host);
    const counted = await presenter.waitFor(
      (v): v is PresenterView => isPresenter(v) && v.live?.progress.complete === 1,
    );
    expect(JSON.stringify(counted)).not.toContain(agreement.host);

    // The group report counts; the export without names holds pseudonyms only.
    const auth = { headers: { authorization: `Bearer ${token}` } };
    const report = await (await fetch(server.url + API.report(room.roomId), auth)).text();
    expect(report).toMatch(/data-count="visits">1<\/strong>\s*afspraak voor een keukenbezoek/);
    expect(report).not.toContain(agreement.host);
    const exported = await fetch(`${server.url}/api/rooms/${room.roomId}/export/visits.csv`, auth);
    expect(exported.status).toBe(200);
    // The log and its export are never kept by a browser or a proxy either.
    for (const path of [API.exportJson(room.roomId), API.events(room.roomId)]) {
      const response = await fetch(server.url + path, auth);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      await response.arrayBuffer();
    }
    // Keep the byte order mark: fetch's text() would drop it.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exported.arrayBuffer());
    const { records } = csvRecords(text);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ bij_wie: agreement.host, wanneer: 'Week 12' });
    expect(records[0]!.maatje).toMatch(/^Deelnemer \d$/);
    expect(records[0]!.tijd).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(JSON.stringify(records)).not.toContain('Anouk');

    // Day two, weeks later: the report-back shows each phone its own agreement, or none.
    expect((await console_.send({ type: 'meeting.close' })).ok).toBe(true);
    // Resting, nothing is drawn.
    const resting = await console_.send({ type: 'groups.form', blockId: 'bezoek' });
    expect(resting.ok ? null : resting.error.code).toBe('room_resting');
    expect((await console_.send({ type: 'meeting.start' })).ok).toBe(true);
    const back = await phoneView(phones[0]!.client, (v) => v.block?.id === 'terug');
    expect(back.mine?.visit?.agreement).toMatchObject({ question: agreement.question });
    const bramBack = await phoneView(phones[1]!.client, (v) => v.block?.id === 'terug');
    expect(bramBack.mine?.visit).toEqual({ agreement: null });
  });
});
