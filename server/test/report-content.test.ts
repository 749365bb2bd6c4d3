import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type RoomEvent } from '@samenspel/shared';
import { toCsv } from '../src/reports/csv.js';
import { renderReport } from '../src/reports/report-html.js';
import { CSV_KINDS, tableOf, type CsvKind } from '../src/reports/rows.js';
import { readSession, type SessionRecord } from '../src/reports/session.js';
import { escapeHtml, html, wrapText } from '../src/reports/html.js';
import { csvRecords } from './support/csv.js';
import { handLog } from './support/hand-log.js';
import { ADVICE_OPTIONS, statementsBlock } from './support/report-blocks.js';

describe('the CSV writer', () => {
  it('writes RFC 4180 with a BOM and CRLF, quoting only where needed', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'zei "hoi"'],
          ['regel\neen', -3],
          [null, true],
          ['één', 2.5],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","zei ""hoi"""\r\n"regel\neen",-3\r\n,ja\r\néén,2.5\r\n');
  });

  it('puts an apostrophe before text a spreadsheet would run as a formula, never before a number', () => {
    const text = toCsv(
      ['cel'],
      [
        ['=1+1'],
        ['+31 6 1234'],
        ['-bar'],
        ['@SUM(A1)'],
        ['\tx'],
        ['\r=1'],
        [' =cmd'],
        ['a=b'],
        [-4],
      ],
    );
    expect(csvRecords(text).records.map((r) => r.cel)).toEqual([
      "'=1+1",
      "'+31 6 1234",
      "'-bar",
      "'@SUM(A1)",
      "'\tx",
      "'\r=1",
      "' =cmd",
      'a=b',
      '-4',
    ]);
  });
});

describe('the html template', () => {
  it('escapes every value unless it is markup made by the template itself', () => {
    const name = `<img src=x onerror="alert('x')">`;
    expect(html`<p title="${name}">${name}${html`<b>${'&'}</b>`}</p>`.value).toBe(
      `<p title="${escapeHtml(name)}">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;<b>&amp;</b></p>`,
    );
    expect(wrapText('een twee drie vier vijf', 9)).toEqual(['een twee', 'drie vier', 'vijf']);
  });
});

const scenario = ScenarioSchema.parse({
  id: 'proef',
  title: 'Proefprogramma',
  minutes: 55,
  blocks: [
    {
      id: 'casus-a',
      kind: 'casus',
      title: 'Casus, ronde 1',
      minutes: 10,
      perspective: 'bureaucraat',
      case: 'Een speelplek.',
    },
    {
      id: 'stem-a',
      kind: 'poll',
      title: 'Stemronde 1',
      minutes: 5,
      question: 'Wat adviseer je?',
      options: ADVICE_OPTIONS,
    },
    {
      id: 'casus-b',
      kind: 'casus',
      title: 'Casus, ronde 2',
      minutes: 10,
      perspective: 'verbinder',
      sameCaseAs: 'casus-a',
    },
    {
      id: 'stem-b',
      kind: 'poll',
      title: 'Stemronde 2',
      minutes: 5,
      question: 'Wat adviseer je?',
      repeats: 'stem-a',
      options: ADVICE_OPTIONS,
    },
    statementsBlock('lijst-voor', 'Lijst vooraf'),
    statementsBlock('lijst-na', 'Lijst achteraf'),
    {
      id: 'terugblik',
      kind: 'reflection',
      title: 'Terugblik',
      minutes: 5,
      prompt: 'Wat neem je mee?',
    },
    {
      id: 'anoniem',
      kind: 'reflection',
      title: 'Valkuil',
      minutes: 5,
      prompt: 'Wat is je valkuil?',
      anonymous: true,
    },
    {
      id: 'voornemens',
      kind: 'intentions',
      title: 'Voornemens',
      minutes: 5,
      prompt: 'Wat ga je doen?',
    },
  ],
});

const NINE = Date.UTC(2026, 0, 13, 8, 0);
const NAMES = { p1: 'Anouk Jansen', p2: `<img src=x onerror=alert(1)>`, p3: 'Carla Stil' };

/** A log written by hand: two rounds of a vote, two lists, named and anonymous reflections. */
function log(ended: boolean): RoomEvent[] {
  const { events, add, answer, enter } = handLog(NINE);
  add(0, {
    type: 'room_created',
    roomId: 'room-1',
    code: 'ABC234',
    groupName: 'Provincie Proefland',
    scenario,
  });
  for (const [id, name] of Object.entries(NAMES))
    add(0, { type: 'participant_joined', participantId: id, name });
  add(1, { type: 'session_started' });
  enter(1, 0);
  enter(11, 1);
  answer(12, 'p1', 'stem-a', { kind: 'poll', optionIds: ['x'] });
  answer(12, 'p2', 'stem-a', { kind: 'poll', optionIds: ['y'] });
  enter(16, 2);
  enter(26, 3);
  answer(27, 'p1', 'stem-b', { kind: 'poll', optionIds: ['y'] });
  answer(27, 'p2', 'stem-b', { kind: 'poll', optionIds: ['y'] });
  enter(31, 4);
  answer(32, 'p1', 'lijst-voor', { kind: 'statements', values: { s1: 5, s2: 1, s3: 1 } });
  answer(32, 'p2', 'lijst-voor', { kind: 'statements', values: { s1: 1, s2: 1, s3: 5 } });
  enter(36, 5);
  answer(37, 'p1', 'lijst-na', { kind: 'statements', values: { s1: 3, s2: 3, s3: 5 } });
  answer(37, 'p2', 'lijst-na', { kind: 'statements', values: { s1: 1, s2: 1, s3: 5 } });
  enter(41, 6);
  answer(
    42,
    'p1',
    'terugblik',
    { kind: 'reflection', text: 'Dit hoort niet in het verslag' },
    'r-1',
  );
  answer(42, 'p2', 'terugblik', { kind: 'reflection', text: 'Goed gesprek gehad' }, 'r-2');
  add(43, {
    type: 'reflection_moderated',
    blockId: 'terugblik',
    reflectionId: 'r-1',
    hidden: true,
    highlighted: false,
  });
  enter(46, 7);
  answer(47, 'p3', 'anoniem', { kind: 'reflection', text: 'Ik zeg te snel ja' }, 'r-3');
  enter(51, 8);
  answer(52, 'p1', 'voornemens', { kind: 'intentions', items: ['Bellen', 'Vragen'] });
  if (ended) add(56, { type: 'session_ended' });
  return events;
}

const NOW = NINE + 90 * 60_000;
const read = (names: boolean, ended = true) => readSession(log(ended), { names, now: NOW });
const recordsOf = (kind: CsvKind, session: SessionRecord) => {
  const { header, rows } = tableOf(kind, session);
  return csvRecords(toCsv(header, rows));
};

describe('exports and report of a hand-written log', () => {
  it('numbers the rounds of a returning vote and names the lens of each', () => {
    const { records } = recordsOf('votes', read(false));
    expect(
      records.map((r) => [r.blok_id, r.vraag_id, r.ronde, r.perspectief, r.deelnemer, r.optie_id]),
    ).toEqual([
      ['stem-a', 'stem-a', '1', 'Bureaucraat', 'Deelnemer 1', 'x'],
      ['stem-a', 'stem-a', '1', 'Bureaucraat', 'Deelnemer 2', 'y'],
      ['stem-b', 'stem-a', '2', 'Verbinder', 'Deelnemer 1', 'y'],
      ['stem-b', 'stem-a', '2', 'Verbinder', 'Deelnemer 2', 'y'],
    ]);
  });

  it('shows the rounds of a vote in one chart, and how the group moved between two lists', () => {
    const report = renderReport(read(false), { generatedAt: NOW });
    expect(report.match(/data-chart="poll"/g)).toHaveLength(1);
    expect(report).toContain('data-blocks="stem-a stem-b"');
    expect(report).toContain('Ronde 1 · Bureaucraat');
    expect(report).toContain('Ronde 2 · Verbinder');
    expect(report.match(/data-chart="triangle"/g)).toHaveLength(2);
    expect(report).toContain('data-chart="shift"');
    // Anouk moved from the Bureaucraat towards the Verbinder; the mean moved with her.
    expect(report).toMatch(
      /Verbinder\s*<\/td>\s*<td class="num">50%<\/td>\s*<td class="num">75%<\/td>\s*<td class="num">\+25 pp/,
    );
    expect(report).toContain('−37 pp');
  });

  it('counts in words with the right form: "1 deelnemer", "1 van de 3 deelnemers stemde"', () => {
    // Only Anouk votes in the second round.
    const events = log(true)
      .filter(
        (e) =>
          !(e.type === 'answer_submitted' && e.blockId === 'stem-b' && e.participantId === 'p2'),
      )
      .map((e, i) => ({ ...e, seq: i + 1 }));
    const report = renderReport(readSession(events, { names: false, now: NOW }), {
      generatedAt: NOW,
    }).replace(/\s+/g, ' ');
    expect(report).toContain('(1 deelnemer)');
    expect(report).not.toMatch(/\b1 deelnemers\b/);
    expect(report).toContain('(2 deelnemers)');
  });

  it('names the author of a named reflection, escaped, and leaves hidden ones out', () => {
    const named = renderReport(read(true), { generatedAt: NOW });
    expect(named).toContain('Goed gesprek gehad');
    expect(named).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(named).not.toContain('<img');
    expect(named).not.toContain('Dit hoort niet in het verslag');
    const plain = renderReport(read(false), { generatedAt: NOW });
    expect(plain).toMatch(
      /Goed gesprek gehad<\/blockquote>\s*<p class="by">\s*<span class="author">Deelnemer 2</,
    );
    expect(plain).not.toContain('onerror');

    const { records } = recordsOf('reflections', read(true));
    expect(records.map((r) => [r.blok_id, r.tekst, r.auteur_nr, r.auteur, r.verborgen])).toEqual([
      ['terugblik', 'Dit hoort niet in het verslag', '1', 'Anouk Jansen', 'ja'],
      ['terugblik', 'Goed gesprek gehad', '2', NAMES.p2, 'nee'],
      ['anoniem', 'Ik zeg te snel ja', '', '', 'nee'],
    ]);
  });

  it('keeps the author of an anonymous reflection out of everything', () => {
    for (const names of [false, true]) {
      const session = read(names);
      const outputs = [
        renderReport(session, { generatedAt: NOW }),
        ...CSV_KINDS.map((kind) => {
          const { header, rows } = tableOf(kind, session);
          return toCsv(header, rows);
        }),
      ];
      for (const text of outputs) {
        expect(text).not.toContain('Carla');
        expect(text).not.toContain('p3');
        expect(text).not.toContain('Deelnemer 3');
      }
    }
  });

  it('reports a session that still runs up to now, and says so', () => {
    const session = read(false, false);
    const blocks = recordsOf('blocks', session).records;
    // The last block was entered at 09:51 and is still on screen at 10:30.
    expect(blocks.at(-1)).toMatchObject({
      blok_id: 'voornemens',
      werkelijk_min: '39',
      per_bezoek: '39 min 00 s',
    });
    expect(renderReport(session, { generatedAt: NOW })).toContain('nog niet afgesloten');
  });
});

describe('a session that never started', () => {
  it('still gives a report and CSV files with only their header', () => {
    const events = log(false).slice(0, 4);
    const session = readSession(events, { names: false, now: NOW });
    for (const kind of CSV_KINDS) {
      const { records } = recordsOf(kind, session);
      expect(records.length, kind).toBe(kind === 'blocks' ? 9 : 0);
    }
    const report = renderReport(session, { generatedAt: NOW });
    expect(report).toContain('niet gestart');
    expect(report).toContain('In deze sessie is nog geen onderdeel behandeld.');
    expect(report).not.toContain('data-chart="poll"');
  });
});

describe('the report of a training of several days', () => {
  const DAY = 24 * 60;
  const scenario = ScenarioSchema.parse({
    id: 'twee-dagen',
    title: 'Twee dagen',
    minutes: 30,
    meetings: [
      { title: 'Dag 1: de drie typen', minutes: 15 },
      { title: 'Dag 2: de praktijk', minutes: 15 },
    ],
    blocks: [
      { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 5 },
      { id: 'uitleg', kind: 'info', title: 'De drie typen', minutes: 10 },
      { id: 'terug', kind: 'info', title: 'Welkom terug', minutes: 5, meeting: 2 },
      { id: 'slot', kind: 'info', title: 'Afsluiting', minutes: 10, meeting: 2 },
    ],
  });
  // Day one from 9:00, three weeks of rest, day two from 9:00.
  const { events, add, enter } = handLog(Date.UTC(2026, 2, 2, 8, 0));
  add(0, { type: 'room_created', roomId: 'r2', code: 'TWEE22', groupName: null, scenario });
  add(0, { type: 'session_started' });
  enter(0, 0);
  enter(5, 1);
  add(20, { type: 'meeting_closed', meeting: 1 });
  add(21 * DAY, { type: 'meeting_started', meeting: 2 });
  enter(21 * DAY, 2);
  enter(21 * DAY + 5, 3);
  add(21 * DAY + 15, { type: 'session_ended' });

  it('counts the days, not the weeks between them, and reads day by day', () => {
    const session = readSession(events, { names: false, now: NOW });
    const { records } = recordsOf('blocks', session);
    // Day one's last block lasted until the close, not until day two began.
    expect(records.map((r) => [r.blok_id, r.werkelijk_min])).toEqual([
      ['welkom', '5'],
      ['uitleg', '15'],
      ['terug', '5'],
      ['slot', '10'],
    ]);
    const report = renderReport(session, { generatedAt: NOW });
    expect(report).toContain('Samen namen ze 35 minuten in beslag');
    expect(report).toMatch(
      /Dag 1: de drie typen · 15 min gepland ·\s*gehouden op maandag 2 maart 2026/,
    );
    expect(report).toMatch(
      /Dag 2: de praktijk · 15 min gepland ·\s*gehouden op maandag 23 maart 2026/,
    );
  });
});
