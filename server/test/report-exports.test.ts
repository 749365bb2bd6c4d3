import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  sessionSpan,
  RoomSummaryListSchema,
  type FacilitatorView,
  type RoomSummary,
  type View,
} from '@samenspel/shared';
import { buildApp } from '../src/app.js';
import { createRoom, login } from './support/http.js';
import { joinAsParticipant, TestClient } from './support/client.js';
import { tempDataDir, testConfig } from './support/server.js';
import { csvRecords } from './support/csv.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const KINDS = ['votes', 'profiles', 'reflections', 'intentions', 'visits', 'blocks'] as const;

/** 09:00 Dutch time (CET) on the day of the demo session. */
const NINE = Date.UTC(2026, 0, 13, 8, 0, 0);
const at = (minutes: number, seconds = 0) => NINE + minutes * 60_000 + seconds * 1000;

/**
 * A recorded demo session, then every CSV export and the printable report built from it: the
 * rows they should hold, pseudonyms unless names are asked for, and no way back from an
 * anonymous reflection to its author.
 */
describe('session exports and report', () => {
  const data = tempDataDir();
  let clock = at(0);
  let app: Awaited<ReturnType<typeof buildApp>>;
  let url: string;
  let token: string;
  let room: RoomSummary;
  const clients: TestClient[] = [];
  const ids: Record<string, string> = {};
  const anonymousText = 'Ik zeg nooit nee tegen de wethouder';
  const scriptText = '<script>alert("x")</script> Mijn profiel verraste me';
  const hiddenText = 'Dit hoort niet in het verslag';

  const get = (path: string) =>
    fetch(url + path, { headers: { authorization: `Bearer ${token}` } });
  const csv = async (kind: string, names = false) => {
    const response = await get(
      `/api/rooms/${room.roomId}/export/${kind}.csv${names ? '?names=true' : ''}`,
    );
    expect(response.status, kind).toBe(200);
    // Keep the byte order mark: fetch's text() would drop it.
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  };
  const report = async (names = false) => {
    const response = await get(
      `/api/rooms/${room.roomId}/report.html${names ? '?names=true' : ''}`,
    );
    expect(response.status).toBe(200);
    return { response, text: await response.text() };
  };

  beforeAll(async () => {
    app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), {
      staffGapMs: 3,
      now: () => clock,
    });
    ({ url } = await app.listen());
    token = await login(url);
    room = await createRoom(url, token, 'demo');
    const facilitator = await TestClient.connect(url, {
      v: 1,
      role: 'facilitator',
      roomId: room.roomId,
      key: token,
    });
    clients.push(facilitator);
    const phones: Record<string, TestClient> = {};
    for (const [key, name] of [
      ['anouk', 'Anouk Jansen'],
      ['bram', 'Bram de Vries'],
      ['formula', '=HYPERLINK("x")'],
      ['anon', null],
    ] as const) {
      const joined = await joinAsParticipant(url, room.code, name);
      ids[key] = joined.participantId;
      phones[key] = joined.client;
      clients.push(joined.client);
    }
    const command = async (minute: number, second: number, body: Record<string, unknown>) => {
      clock = at(minute, second);
      const ack = await facilitator.send(body);
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
    };
    const answer = async (
      who: string,
      minute: number,
      second: number,
      blockId: string,
      value: unknown,
    ) => {
      clock = at(minute, second);
      const ack = await phones[who]!.send({ type: 'answer', blockId, answer: value });
      expect(ack.ok, `${who} ${blockId} ${JSON.stringify(ack)}`).toBe(true);
    };

    await command(1, 0, { type: 'block.goto', blockId: 'welkom' });
    await command(3, 0, { type: 'block.goto', blockId: 'mini-casus' });
    await command(5, 0, { type: 'block.goto', blockId: 'eerste-stap' });
    await answer('anouk', 6, 0, 'eerste-stap', { kind: 'poll', optionIds: ['regels'] });
    await answer('formula', 6, 10, 'eerste-stap', { kind: 'poll', optionIds: ['plan'] });
    await answer('anon', 6, 20, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] });
    // Anouk changes her mind.
    await answer('anouk', 7, 0, 'eerste-stap', { kind: 'poll', optionIds: ['buurt'] });

    await command(8, 0, { type: 'block.goto', blockId: 'thermometer' });
    await answer('anouk', 8, 30, 'thermometer', {
      kind: 'scale',
      values: { 'weet-wat-speelt': 4, 'durf-tegenspraak': 2 },
    });
    await answer('anon', 8, 40, 'thermometer', { kind: 'scale', values: { 'weet-wat-speelt': 5 } });
    await answer('anouk', 9, 0, 'thermometer', {
      kind: 'scale',
      values: { 'durf-tegenspraak': 3 },
    });

    await command(10, 0, { type: 'block.goto', blockId: 'mini-stellingen' });
    await answer('anouk', 11, 0, 'mini-stellingen', {
      kind: 'statements',
      values: { d1: 5, d2: 1, d3: 3, d4: 1, d5: 1, d6: 3 },
    });
    await answer('formula', 11, 10, 'mini-stellingen', {
      kind: 'statements',
      values: { d1: 1, d2: 5, d3: 1, d4: 5, d5: 5, d6: 1 },
    });
    await answer('anon', 11, 20, 'mini-stellingen', {
      kind: 'statements',
      values: { d1: 3, d2: 3, d3: 5 },
    });

    await command(13, 0, { type: 'block.goto', blockId: 'eerste-indruk' });
    await answer('bram', 13, 30, 'eerste-indruk', { kind: 'reflection', text: anonymousText });
    await answer('anouk', 13, 40, 'eerste-indruk', { kind: 'reflection', text: scriptText });
    await answer('formula', 13, 50, 'eerste-indruk', { kind: 'reflection', text: hiddenText });
    const console_ = await facilitator.waitFor(
      (v: View): v is FacilitatorView =>
        v.role === 'facilitator' && v.runs['eerste-indruk']?.reflections.length === 3,
    );
    const reflections = console_.runs['eerste-indruk']!.reflections;
    const idOf = (text: string) => reflections.find((r) => r.text === text)!.id;
    await command(14, 0, {
      type: 'reflection.moderate',
      blockId: 'eerste-indruk',
      reflectionId: idOf(hiddenText),
      hidden: true,
      highlighted: false,
    });
    await command(14, 10, {
      type: 'reflection.moderate',
      blockId: 'eerste-indruk',
      reflectionId: idOf(scriptText),
      hidden: false,
      highlighted: true,
    });

    await command(16, 0, { type: 'block.goto', blockId: 'voornemen' });
    await answer('anouk', 16, 30, 'voornemen', {
      kind: 'intentions',
      items: ['Elke maandag even bellen met de wethouder', 'Tegenspraak voorbereiden'],
    });
    await answer('anon', 16, 45, 'voornemen', {
      kind: 'intentions',
      items: ['Vaker vragen: waarom?'],
    });
    // Back to the vote once more, for the closing discussion.
    await command(17, 0, { type: 'block.goto', blockId: 'eerste-stap' });
    await command(18, 30, { type: 'session.end' });
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await app.close();
    data.remove();
  });

  it('serves each export as a UTF-8 CSV file with a BOM, a header and CRLF lines', async () => {
    for (const kind of KINDS) {
      const response = await get(`/api/rooms/${room.roomId}/export/${kind}.csv`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="samenspel-${room.code}-2026-01-13-${kind}.csv"`,
      );
      expect(response.headers.get('cache-control')).toBe('no-store');
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(() => csvRecords(text)).not.toThrow();
    }
  });

  it('exports the votes: one row per participant and choice or statement, the last answer counting', async () => {
    const { header, records } = csvRecords(await csv('votes'));
    expect(header).toEqual([
      'blok_nr',
      'blok_id',
      'blok',
      'soort',
      'vraag_id',
      'vraag',
      'ronde',
      'perspectief',
      'deelnemer_nr',
      'deelnemer',
      'optie_id',
      'optie',
      'stelling_id',
      'stelling',
      'waarde',
      'schaalpunten',
      'wijzigingen',
      'tijd',
    ]);
    const pick = (r: Record<string, string>) =>
      [
        r.blok_id,
        r.perspectief,
        r.deelnemer,
        r.optie_id || r.stelling_id,
        r.waarde,
        r.wijzigingen,
        r.tijd,
      ].join('|');
    expect(records.map(pick)).toEqual([
      'eerste-stap|Verbinder|Deelnemer 1|buurt||1|2026-01-13 09:07:00',
      'eerste-stap|Verbinder|Deelnemer 3|plan||0|2026-01-13 09:06:10',
      'eerste-stap|Verbinder|Anoniem (deelnemer 4)|buurt||0|2026-01-13 09:06:20',
      'thermometer||Deelnemer 1|weet-wat-speelt|4|0|2026-01-13 09:08:30',
      'thermometer||Deelnemer 1|durf-tegenspraak|3|1|2026-01-13 09:09:00',
      'thermometer||Anoniem (deelnemer 4)|weet-wat-speelt|5|0|2026-01-13 09:08:40',
    ]);
    expect(records[0]).toMatchObject({
      blok_nr: '3',
      blok: 'Wat doe je eerst?',
      soort: 'Stemming',
      vraag: 'Wat doe je als eerste?',
      optie: 'Met de buurt in gesprek gaan',
      deelnemer_nr: '1',
    });
    expect(records[3]).toMatchObject({
      soort: 'Schaalvraag',
      stelling: 'Ik weet goed wat mijn bestuurder bezighoudt.',
      schaalpunten: '5',
    });
  });

  it('exports a profile per participant and stellingenlijst, finished or not', async () => {
    const { records } = csvRecords(await csv('profiles'));
    expect(records).toHaveLength(3);
    expect(records[0]).toMatchObject({
      blok_id: 'mini-stellingen',
      deelnemer: 'Deelnemer 1',
      beantwoord: '6',
      totaal: '6',
      volledig: 'ja',
      // d1 5 and reversed d4 1: the Bureaucraat fully; d3 3 and d6 3: the Verbinder half.
      sterkte_bureaucraat_pct: '100',
      sterkte_ondernemer_pct: '0',
      sterkte_verbinder_pct: '50',
      aandeel_bureaucraat_pct: '67',
      aandeel_ondernemer_pct: '0',
      aandeel_verbinder_pct: '33',
      sterkste_type: 'Bureaucraat',
    });
    expect(records[1]).toMatchObject({ deelnemer: 'Deelnemer 3', sterkste_type: 'Ondernemer' });
    expect(records[2]).toMatchObject({
      deelnemer: 'Anoniem (deelnemer 4)',
      beantwoord: '3',
      volledig: 'nee',
    });
  });

  it('exports the reflections with moderation, and no author for an anonymous question', async () => {
    for (const names of [false, true]) {
      const { records } = csvRecords(await csv('reflections', names));
      expect(records).toHaveLength(3);
      expect(records.map((r) => r.tekst).sort()).toEqual(
        [anonymousText, hiddenText, scriptText].sort(),
      );
      for (const r of records) {
        expect(r).toMatchObject({
          blok_id: 'eerste-indruk',
          anoniem: 'ja',
          auteur: '',
          auteur_nr: '',
        });
        expect(r.vraag).toBe('Wat viel je op aan je profiel?');
      }
      expect(records.find((r) => r.tekst === hiddenText)).toMatchObject({ verborgen: 'ja' });
      expect(records.find((r) => r.tekst === scriptText)).toMatchObject({
        uitgelicht: 'ja',
        verborgen: 'nee',
      });
    }
  });

  it('exports the intentions, one row each', async () => {
    const { records } = csvRecords(await csv('intentions'));
    expect(records.map((r) => [r.deelnemer, r.nr, r.voornemen, r.tijd])).toEqual([
      ['Deelnemer 1', '1', 'Elke maandag even bellen met de wethouder', '2026-01-13 09:16:30'],
      ['Deelnemer 1', '2', 'Tegenspraak voorbereiden', '2026-01-13 09:16:30'],
      ['Anoniem (deelnemer 4)', '1', 'Vaker vragen: waarom?', '2026-01-13 09:16:45'],
    ]);
  });

  it('exports the time per block: planned, actual per visit and in total, start times', async () => {
    const { records } = csvRecords(await csv('blocks'));
    expect(records).toHaveLength(10);
    const row = (id: string) => records.find((r) => r.blok_id === id)!;
    expect(row('welkom')).toMatchObject({
      blok_nr: '1',
      blok: 'Welkom bij Samenspel',
      soort: 'Informatie',
      gepland_min: '1',
      werkelijk_min: '2',
      werkelijk_sec: '120',
      verschil_min: '1',
      bezoeken: '1',
      per_bezoek: '2 min 00 s',
      starttijden: '09:01:00',
    });
    expect(row('eerste-stap')).toMatchObject({
      werkelijk_sec: '270',
      werkelijk_min: '5',
      verschil_min: '4',
      bezoeken: '2',
      per_bezoek: '3 min 00 s; 1 min 30 s',
      starttijden: '09:05:00; 09:17:00',
    });
    expect(row('mini-rollenspel')).toMatchObject({
      werkelijk_min: '0',
      verschil_min: '',
      bezoeken: '0',
      per_bezoek: '',
      starttijden: '',
    });
  });

  it('gives the session one length, from its start to its end, in the library, the report and the CSV', async () => {
    const listed = RoomSummaryListSchema.parse(await (await get('/api/rooms')).json()).find(
      (r) => r.roomId === room.roomId,
    )!;
    // Created at 09:00, started at 09:01, ended at 09:18:30: the lobby minute does not count.
    expect(listed.startedAt).toBe(at(1, 0));
    const span = sessionSpan(listed, at(60))!;
    expect(span.ms).toBe(17 * 60_000 + 30_000);
    const { records } = csvRecords(await csv('blocks'));
    const seconds = records.reduce((sum, r) => sum + Number(r.werkelijk_sec), 0);
    expect(seconds * 1000).toBe(span.ms);
    const { text } = await report();
    expect(text).toMatch(/Duur<\/dt>\s*<dd>18 minuten/);
  });

  it('uses stable pseudonyms by default and real names only with ?names=true', async () => {
    const plain = await Promise.all(KINDS.map((kind) => csv(kind)));
    const named = await Promise.all(KINDS.map((kind) => csv(kind, true)));
    for (const text of [...plain, (await report()).text]) {
      expect(text).not.toContain('Anouk');
      expect(text).not.toContain('HYPERLINK');
    }
    expect(plain.join('')).toContain('Deelnemer 1');
    const votes = csvRecords(named[0]!).records;
    expect(votes.map((r) => r.deelnemer)).toContain('Anouk Jansen');
    expect(votes.map((r) => r.deelnemer)).toContain('Anoniem (deelnemer 4)');
    expect(named.join('')).not.toContain('Deelnemer 1');
    // The same log always gives the same pseudonyms.
    expect(await csv('votes')).toBe(plain[0]);
  });

  it('neutralises a name that a spreadsheet would run as a formula', async () => {
    const text = await csv('votes', true);
    expect(text).toContain(`,3,"'=HYPERLINK(""x"")",plan,`);
    const records = csvRecords(text).records;
    expect(records.find((r) => r.deelnemer_nr === '3')?.deelnemer).toBe(`'=HYPERLINK("x")`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it('never ties an anonymous reflection to its author, in any export or the report', async () => {
    const everything: Array<[string, string]> = [];
    for (const names of [false, true]) {
      for (const kind of KINDS) everything.push([`${kind} ${names}`, await csv(kind, names)]);
      everything.push([`report ${names}`, (await report(names)).text]);
    }
    for (const [what, text] of everything) {
      // Bram wrote only the anonymous reflection: neither his name, his pseudonym nor his id.
      expect(text, what).not.toContain('Bram');
      expect(text, what).not.toContain('Deelnemer 2');
      for (const id of Object.values(ids)) expect(text, what).not.toContain(id);
    }
    // Anouk both voted and wrote: her reflection's row carries no trace of her.
    const named = csvRecords(await csv('reflections', true)).records;
    for (const row of named) expect(Object.values(row).join('|')).not.toMatch(/Anouk|Deelnemer/);
    const { text } = await report(true);
    const section = text.slice(text.indexOf('id="reflecties"'), text.indexOf('id="voornemens"'));
    expect(section).toContain(anonymousText);
    expect(section).not.toMatch(/Anouk|Deelnemer|HYPERLINK/);
  });

  it('renders a printable report: programme, a chart per answered block, the triangle', async () => {
    const { response, text } = await report();
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect(text).toMatch(/^<!doctype html>/);
    // The same policy inside the page, for a copy saved to disk.
    expect(text).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:" />`,
    );
    expect(text).toContain('<html lang="nl">');
    expect(text).toContain('Demo: Samenspel in tien minuten');
    expect(text).toContain('Gemeente Testdam');
    expect(text).toContain('dinsdag 13 januari 2026');
    expect(text).toContain('@page');
    // The programme: a row per block, planned against actual, and the timeline.
    const table = text.slice(text.indexOf('data-table="programme"'), text.indexOf('</table>'));
    expect(table.match(/<tr/g)).toHaveLength(1 + 10 + 1);
    expect(table).toContain('Welkom bij Samenspel');
    expect(text).toContain('data-chart="timeline"');
    // A chart for each answered vote and scale, and the triangle for the stellingenlijst.
    expect(text).toMatch(/data-blocks="eerste-stap"[\s\S]*?data-chart="poll"[\s\S]*?<svg/);
    expect(text).toMatch(/data-blocks="thermometer"[\s\S]*?data-chart="scale"[\s\S]*?<svg/);
    // Counted by the rule of the console and the projector: one of two statements is not done.
    const scale = text.slice(text.indexOf('data-blocks="thermometer"'));
    expect(scale.slice(0, scale.indexOf('</article>')).replace(/\s+/g, ' ')).toContain(
      '1 van de 4 deelnemers vulde alle uitspraken in, 1 deed dat voor een deel',
    );
    expect(text.replace(/\s+/g, ' ')).toContain('3 van de 4 deelnemers stemden');
    expect(text).toMatch(/data-blocks="mini-stellingen"[\s\S]*?data-chart="triangle"[\s\S]*?<svg/);
    const triangle = text.slice(text.indexOf('data-chart="triangle"'));
    expect(triangle.slice(0, triangle.indexOf('</svg>')).match(/class="point"/g)).toHaveLength(2);
    expect(triangle).toContain('class="mean"');
    // Reflections: the hidden one left out, the highlighted one marked; intentions only counted.
    expect(text).not.toContain(hiddenText);
    expect(text).toContain('Uitgelicht in de sessie');
    expect(text).toContain('data-count="intentions">3<');
    expect(text).not.toContain('Tegenspraak voorbereiden');
    // Nothing that would load or run anything.
    expect(text).not.toMatch(/<script|<link|<img|src=|url\((?!#)/i);
  });

  it('escapes whatever participants wrote, so HTML in it stays text', async () => {
    const { text } = await report();
    expect(text).not.toContain('<script>alert');
    expect(text).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Mijn profiel verraste me',
    );
  });

  it('keeps the exports and the report behind the passphrase, and knows no other room', async () => {
    for (const path of [
      ...KINDS.map((kind) => `/api/rooms/${room.roomId}/export/${kind}.csv`),
      `/api/rooms/${room.roomId}/report.html`,
    ]) {
      expect((await fetch(url + path)).status, path).toBe(401);
      expect(
        (await fetch(url + path, { headers: { authorization: 'Bearer not-a-token' } })).status,
        path,
      ).toBe(401);
    }
    for (const path of ['/api/rooms/nope/export/votes.csv', '/api/rooms/nope/report.html']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        'unknown_room',
      );
    }
    const unknownKind = await get(`/api/rooms/${room.roomId}/export/secrets.csv`);
    expect(unknownKind.status).toBe(404);
    expect(((await unknownKind.json()) as { error: { code: string } }).error.code).toBe(
      'not_found',
    );
  });
});
