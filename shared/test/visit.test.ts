import { describe, expect, it } from 'vitest';
import {
  checkAnswerFits,
  checkRoomLog,
  checkScenario,
  exportLog,
  foldRoom,
  PARTNER_STAND_IN,
  projectForFacilitator,
  projectForParticipant,
  projectForPresenter,
  ScenarioSchema,
  type Answer,
  type ScenarioInput,
} from '@samenspel/shared';
import { ANN, ANON, BRAM, LogBuilder, MIN, roomCreated, T0 } from './fixtures.js';

/** A keukenbezoek planned in pairs on day one, reported back on at the start of day two. */
const programmeInput: ScenarioInput = {
  id: 'keukenbezoek',
  title: 'Twee dagen met een keukenbezoek',
  minutes: 30,
  meetings: [
    { title: 'Dag 1', minutes: 15 },
    { title: 'Dag 2', minutes: 15 },
  ],
  blocks: [
    { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 5 },
    {
      id: 'bezoek',
      kind: 'visit',
      title: 'Keukenbezoek plannen',
      minutes: 10,
      prompt: 'Spreek af bij wie jullie gaan kijken.',
    },
    {
      id: 'terug',
      kind: 'reflection',
      title: 'Hoe ging het keukenbezoek?',
      minutes: 10,
      meeting: 2,
      prompt: 'Wat zag je in die keuken?',
      visitFrom: 'bezoek',
    },
    {
      id: 'zelf',
      kind: 'visit',
      title: 'Zelf een maatje',
      minutes: 5,
      meeting: 2,
      prompt: 'Nog een keer.',
      pairing: 'chosen',
    },
  ],
};
const programme = ScenarioSchema.parse(programmeInput);
const LATER = T0 + 60 * 24 * 60 * MIN;

const ANN_VISIT: Answer = {
  kind: 'visit',
  host: 'De wethouder wonen',
  when: 'Week 12',
  question: 'Wanneer wil zij een dossier voor het eerst zien?',
};

function dayOne(): LogBuilder {
  return new LogBuilder(roomCreated(T0, programme))
    .join(ANN)
    .join(BRAM)
    .join(ANON)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 1 })
    .add({ type: 'groups_formed', blockId: 'bezoek', groups: [[ANN.id, BRAM.id, ANON.id]] })
    .add(
      { type: 'answer_submitted', blockId: 'bezoek', participantId: ANN.id, answer: ANN_VISIT },
      { kind: 'participant', id: ANN.id },
    );
}

describe('a keukenbezoek in pairs', () => {
  it('pairs the room and shows each phone its partners, the projector only how many pairs', () => {
    const state = foldRoom(dayOne().events);
    const ann = projectForParticipant(state, ANN.id);
    expect(ann.mine?.group?.members).toEqual([
      { name: ANN.name, me: true },
      { name: BRAM.name, me: false },
      { name: null, me: false },
    ]);
    expect(ann.mine?.answer).toEqual(ANN_VISIT);
    const presenter = projectForPresenter(state);
    expect(presenter.live?.groupCount).toBe(1);
    expect(JSON.stringify(presenter)).not.toContain('De wethouder wonen');
    // The console sees who agreed a visit (names are not hidden here), the report what.
    expect(projectForFacilitator(state).runs['bezoek']?.answeredBy).toEqual([ANN.id]);
    expect(checkRoomLog(dayOne().events, LATER).ok).toBe(true);
  });

  it('keeps the agreement in its maker’s summary, with the partners by name, and nobody else’s', () => {
    const state = foldRoom(dayOne().events);
    expect(projectForParticipant(state, ANN.id).summary.visits).toEqual([
      { blockId: 'bezoek', ...withoutKind(ANN_VISIT), partners: [BRAM.name, null] },
    ]);
    const bram = projectForParticipant(state, BRAM.id);
    expect(bram.summary.visits).toEqual([]);
    expect(JSON.stringify(bram)).not.toContain('De wethouder wonen');
  });

  it('shows each phone its own agreement again at the report-back on day two', () => {
    const log = dayOne()
      .at(10 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 })
      .at(3 * 7 * 24 * 60 * MIN)
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 2 });
    expect(checkRoomLog(log.events, LATER).ok).toBe(true);
    const state = foldRoom(log.events);
    expect(projectForParticipant(state, ANN.id).mine?.visit).toEqual({
      agreement: { blockId: 'bezoek', ...withoutKind(ANN_VISIT), partners: [BRAM.name, null] },
    });
    // Bram made no agreement: his phone says so, and shows nothing of Ann's.
    const bram = projectForParticipant(state, BRAM.id);
    expect(bram.mine?.visit).toEqual({ agreement: null });
    expect(JSON.stringify(bram)).not.toContain('De wethouder wonen');
  });

  it('takes the partner’s name from the phone where the room chose its own pairs', () => {
    const chosen: Answer = { ...ANN_VISIT, partner: 'Sanne' };
    const log = dayOne()
      .at(10 * MIN)
      .add({ type: 'meeting_closed', meeting: 1 })
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 2 })
      .add({ type: 'block_entered', blockIndex: 3 })
      .add(
        { type: 'answer_submitted', blockId: 'zelf', participantId: ANN.id, answer: chosen },
        { kind: 'participant', id: ANN.id },
      );
    const summary = projectForParticipant(foldRoom(log.events), ANN.id).summary;
    expect(summary.visits.map((v) => v.partners)).toEqual([[BRAM.name, null], ['Sanne']]);
    // The typed partner is a name: an export without names leaves it out, one with names keeps it.
    const without = JSON.stringify(exportLog(log.events, { names: false, exportedAt: LATER }));
    expect(without).not.toContain('Sanne');
    expect(without).toContain(PARTNER_STAND_IN);
    expect(JSON.stringify(exportLog(log.events, { names: true, exportedAt: LATER }))).toContain(
      'Sanne',
    );
  });

  it('refuses an agreement that does not fit the block, and pairs where a block forms none', () => {
    const state = foldRoom(dayOne().events);
    const drawn = programme.blocks[1]!;
    expect(() => checkAnswerFits(drawn, { ...ANN_VISIT, partner: 'Sanne' })).toThrow(
      /pairs of this block are drawn/,
    );
    expect(() => checkAnswerFits(drawn, { ...ANN_VISIT, question: 'x'.repeat(501) })).toThrow(
      /at most 500 characters/,
    );
    expect(state.runs['bezoek']?.answers[ANN.id]).toEqual(ANN_VISIT);
    const pairsInReflection = dayOne()
      .add({ type: 'meeting_closed', meeting: 1 })
      .add({ type: 'meeting_started', meeting: 2 })
      .add({ type: 'block_entered', blockIndex: 2 })
      .add({ type: 'groups_formed', blockId: 'terug', groups: [[ANN.id, BRAM.id]] });
    const checked = checkRoomLog(pairsInReflection.events, LATER);
    expect(checked.ok).toBe(false);
    // An agreement written before the first draw does not stop the draw; after it, pairs stay.
    const early = new LogBuilder(roomCreated(T0, programme))
      .join(ANN)
      .join(BRAM)
      .add({ type: 'session_started' })
      .add({ type: 'block_entered', blockIndex: 1 })
      .add(
        { type: 'answer_submitted', blockId: 'bezoek', participantId: ANN.id, answer: ANN_VISIT },
        { kind: 'participant', id: ANN.id },
      )
      .add({ type: 'groups_formed', blockId: 'bezoek', groups: [[ANN.id, BRAM.id]] });
    expect(checkRoomLog(early.events, LATER).ok).toBe(true);
    const redrawn = early.add({
      type: 'groups_formed',
      blockId: 'bezoek',
      groups: [[BRAM.id, ANN.id]],
    });
    const refused = checkRoomLog(redrawn.events, LATER);
    expect(refused.ok ? null : refused.refusal.message).toContain('agreements were made');
  });

  it('is checked: the report-back names an earlier keukenbezoek block', () => {
    const wrong = {
      ...programmeInput,
      blocks: programmeInput.blocks.map((b) =>
        b.id === 'terug' ? { ...b, visitFrom: 'welkom' } : b,
      ),
    };
    const check = checkScenario(wrong);
    expect(check.ok ? [] : check.problems.map((p) => `${p.path.join('.')}: ${p.message}`)).toEqual([
      'blocks.2.visitFrom: "visitFrom" names an earlier keukenbezoek block; "welkom" is not one',
    ]);
    expect(checkScenario(programmeInput).ok).toBe(true);
  });
});

function withoutKind(answer: Answer): Record<string, unknown> {
  const { kind: _kind, ...rest } = answer;
  return rest;
}
