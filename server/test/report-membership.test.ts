import { describe, expect, it } from 'vitest';
import { ScenarioSchema, exportLog, type RoomEvent } from '@samenspel/shared';
import { toCsv } from '../src/reports/csv.js';
import { renderReport } from '../src/reports/report-html.js';
import { CSV_KINDS, tableOf } from '../src/reports/rows.js';
import { readSession } from '../src/reports/session.js';
import { csvRecords } from './support/csv.js';
import { handLog } from './support/hand-log.js';
import { ADVICE_OPTIONS, statementsBlock } from './support/report-blocks.js';

const scenario = ScenarioSchema.parse({
  id: 'wie-telt',
  title: 'Wie telt mee',
  minutes: 25,
  blocks: [
    {
      id: 'stem',
      kind: 'poll',
      title: 'Stem',
      minutes: 5,
      question: 'Wat doe je?',
      options: ADVICE_OPTIONS,
    },
    statementsBlock('lijst', 'Lijst'),
    { id: 'open', kind: 'reflection', title: 'Open', minutes: 5, prompt: 'Wat neem je mee?' },
    {
      id: 'anoniem',
      kind: 'reflection',
      title: 'Anoniem',
      minutes: 5,
      prompt: 'Wat is je valkuil?',
      anonymous: true,
    },
    { id: 'voornemens', kind: 'intentions', title: 'Voornemens', minutes: 5, prompt: 'En nu?' },
  ],
});

const NINE = Date.UTC(2026, 0, 13, 8, 0); // 09:00 in Amsterdam
const NAMES = { p1: 'Anouk Jansen', p2: 'Bram Weggehaald', p3: 'Carla Stil' };

/**
 * Three people answer everything; Bram (p2), who also wrote an anonymous reflection, is removed
 * at 09:40; joins close 09:05–09:10 and from 09:45.
 */
function log(): RoomEvent[] {
  const { events, add, answer, enter } = handLog(NINE);
  add(0, { type: 'room_created', roomId: 'room-1', code: 'ABC234', groupName: null, scenario });
  for (const [id, name] of Object.entries(NAMES))
    add(0, { type: 'participant_joined', participantId: id, name }, id);
  add(1, { type: 'session_started' });
  enter(1, 0);
  add(5, { type: 'joins_closed' });
  add(10, { type: 'joins_opened' });
  for (const who of ['p1', 'p2', 'p3'])
    answer(11, who, 'stem', { kind: 'poll', optionIds: [who === 'p2' ? 'y' : 'x'] });
  enter(15, 1);
  for (const who of ['p1', 'p2'])
    answer(16, who, 'lijst', { kind: 'statements', values: { s1: 5, s2: 1, s3: 1 } });
  enter(20, 2);
  answer(21, 'p2', 'open', { kind: 'reflection', text: 'Bram zijn open tekst' }, 'r-open');
  enter(25, 3);
  answer(26, 'p2', 'anoniem', { kind: 'reflection', text: 'Ik ben te voorzichtig' }, 'r-anon');
  answer(26, 'p3', 'anoniem', { kind: 'reflection', text: 'Carla haar tekst' }, 'r-carla');
  enter(30, 4);
  answer(31, 'p2', 'voornemens', { kind: 'intentions', items: ['Bram zijn voornemen'] });
  answer(32, 'p1', 'voornemens', { kind: 'intentions', items: ['Eerst vragen, dan sturen'] });
  add(40, { type: 'participant_removed', participantId: 'p2' });
  add(45, { type: 'joins_closed' });
  add(50, { type: 'session_ended' });
  return events;
}

const NOW = NINE + 90 * 60_000;
const read = (names: boolean) => readSession(log(), { names, now: NOW });
const csv = (names: boolean) =>
  CSV_KINDS.map((kind) => {
    const { header, rows } = tableOf(kind, read(names));
    return { kind, text: toCsv(header, rows) };
  });

describe('a removed participant in the exports and the report', () => {
  it('leaves their answers out of every CSV but the anonymous texts, and keeps everyone else’s', () => {
    for (const { kind, text } of csv(true)) {
      expect(text, kind).not.toContain('Bram');
      expect(text, kind).not.toContain('Deelnemer 2');
    }
    const votes = csvRecords(csv(false).find((c) => c.kind === 'votes')!.text).records;
    expect(votes.map((r) => [r.deelnemer, r.optie_id])).toEqual([
      ['Deelnemer 1', 'x'],
      ['Deelnemer 3', 'x'],
    ]);
    const reflections = csvRecords(csv(false).find((c) => c.kind === 'reflections')!.text);
    // Anonymous texts stay, in a fixed order by id and with no author.
    expect(reflections.records.map((r) => [r.tekst, r.auteur])).toEqual([
      ['Ik ben te voorzichtig', ''],
      ['Carla haar tekst', ''],
    ]);
  });

  it('leaves their answers out of the report’s charts and texts', () => {
    for (const names of [false, true]) {
      const report = renderReport(read(names), { generatedAt: NOW });
      for (const text of ['Bram zijn open tekst', 'Bram zijn voornemen'])
        expect(report).not.toContain(text);
      expect(report).toContain('Carla haar tekst');
      expect(report).toContain('Ik ben te voorzichtig');
    }
  });

  it('says how many were removed and when the room was closed, with names only when asked', () => {
    const plain = renderReport(read(false), { generatedAt: NOW });
    expect(plain).toMatch(
      /<dt>Deelnemers<\/dt>\s*<dd>2<span class="muted">1 uit de sessie gehaald/,
    );
    expect(plain).toContain('data-removed="1"');
    expect(plain).toContain('De workshopleider heeft één deelnemer uit de sessie gehaald.');
    expect(plain).not.toContain('Bram');
    expect(plain).not.toContain('Deelnemer 2');
    expect(plain).toContain(
      'gesloten voor nieuwe deelnemers van 09:05 tot 09:10; gesloten voor nieuwe deelnemers vanaf 09:45',
    );
    const named = renderReport(read(true), { generatedAt: NOW });
    expect(named).toContain(
      'De workshopleider heeft één deelnemer (Bram Weggehaald) uit de sessie gehaald.',
    );
  });

  it('counts the group without him: "van de 2", never "van de 3"', () => {
    const text = renderReport(read(false), { generatedAt: NOW })
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');
    expect(text).toContain('2 van de 2 deelnemers stemden');
    expect(text).toContain('1 voornemen, opgeschreven door 1 van 2 deelnemers.');
    expect(text).toMatch(/1 van de 2 deelnemers vulde de lijst volledig in/);
    expect(text).not.toMatch(/van (de )?3 deelnemers/);
  });

  it('keeps both facts in the exported log: the answers and the removal', () => {
    const exported = exportLog(log(), { names: false, exportedAt: NOW });
    const types = exported.events.map((e) => e.type);
    expect(types).toContain('participant_removed');
    expect(types.filter((t) => t === 'joins_closed')).toHaveLength(2);
    expect(JSON.stringify(exported)).toContain('Bram zijn open tekst');
  });

  it('ties no anonymous reflection to him in the exported log, named or not, and still lists it', () => {
    for (const names of [false, true]) {
      const exported = exportLog(log(), { names, exportedAt: NOW });
      const naming = exported.events.filter((e) => JSON.stringify(e).includes('r-anon'));
      expect(naming.map((e) => e.type)).toEqual(['answer_submitted']);
      for (const trace of ['p2', 'Deelnemer 2', 'Bram'])
        expect(JSON.stringify(naming), trace).not.toContain(trace);
      const removal = exported.events.find((e) => e.type === 'participant_removed');
      expect(removal).toEqual(expect.objectContaining({ participantId: 'p2' }));
      expect(removal).not.toHaveProperty('reflectionIds');
      // Folded from the file, the anonymous block still holds his text.
      const again = readSession(exported.events, { names, now: NOW });
      const texts = tableOf('reflections', again)
        .rows.filter((row) => row[1] === 'anoniem')
        .map((row) => row[4]);
      expect(texts).toEqual(['Ik ben te voorzichtig', 'Carla haar tekst']);
    }
  });
});
