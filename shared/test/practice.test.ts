import { describe, expect, it } from 'vitest';
import {
  checkRoomLog,
  foldRoom,
  mergeAnswer,
  projectForFacilitator,
  projectForParticipant,
  projectForPresenter,
  redactLog,
  ScenarioSchema,
  checkScenario,
  type Answer,
  type RoomEvent,
} from '../src/index.js';
import { ANN, ANON, asParticipant, BRAM, LogBuilder, MIN, roomCreated } from './fixtures.js';

/** A morning with the room's own cases: dossiers in, a shortlist, a vote, and two later rounds. */
const programme = ScenarioSchema.parse({
  id: 'eigen-praktijk',
  title: 'Uit de eigen praktijk',
  minutes: 60,
  case: { title: 'De programmacasus', text: 'Wat de trainer voorbereidde.' },
  blocks: [
    {
      id: 'dossiers',
      kind: 'practice',
      title: 'Uw eigen dossier',
      minutes: 15,
      prompt: 'Welk dossier ligt er bij uw bestuurder bovenop?',
    },
    {
      id: 'ronde-bureaucraat',
      kind: 'casus',
      title: 'Door de ogen van de bureaucraat',
      minutes: 15,
      perspective: 'bureaucraat',
      caseFrom: 'dossiers',
    },
    {
      id: 'ronde-verbinder',
      kind: 'casus',
      title: 'Door de ogen van de verbinder',
      minutes: 15,
      perspective: 'verbinder',
      sameCaseAs: 'ronde-bureaucraat',
    },
    {
      id: 'spel',
      kind: 'roles',
      title: 'Het gesprek',
      minutes: 15,
      caseFrom: 'dossiers',
      cards: [
        { id: 'wethouder', name: 'Wethouder', public: 'De bestuurder.', brief: 'Geheim A.' },
        { id: 'adviseur', name: 'Adviseur', public: 'De ambtenaar.', brief: 'Geheim B.' },
      ],
    },
  ],
});

const ZWEMBAD = {
  title: 'Het zwembad',
  who: 'Wethouder sport',
  stake: 'Sluiten of renoveren, de raad is verdeeld.',
  deadline: 'Voor de zomer',
  named: false,
};
const LAADPALEN = {
  title: 'Laadpalen',
  who: 'Gedeputeerde',
  stake: 'Een toezegging aan bewoners die niet past in de regeling.',
  deadline: '',
  named: true,
};

const answer = (a: Omit<Extract<Answer, { kind: 'practice' }>, 'kind'>): Answer => ({
  kind: 'practice',
  ...a,
});

/** Ann (anonymous dossier), Bram (named) send in; the shortlist merges both; the room votes. */
function morning(): LogBuilder {
  return new LogBuilder(roomCreated(undefined, programme))
    .join(ANN)
    .join(BRAM)
    .join(ANON)
    .at(1 * MIN)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 0 })
    .at(2 * MIN)
    .add(
      {
        type: 'answer_submitted',
        blockId: 'dossiers',
        participantId: ANN.id,
        answer: answer({ case: ZWEMBAD }),
        reflectionId: 'd-1',
      },
      asParticipant(ANN.id),
    )
    .at(3 * MIN)
    .add(
      {
        type: 'answer_submitted',
        blockId: 'dossiers',
        participantId: BRAM.id,
        answer: answer({ case: LAADPALEN }),
        reflectionId: 'd-2',
      },
      asParticipant(BRAM.id),
    )
    .at(4 * MIN)
    .add({
      type: 'case_listed',
      blockId: 'dossiers',
      candidateId: 'k-1',
      title: 'Zwembad en laadpalen',
      text: 'Twee toezeggingen die botsen met de regels.',
      sources: ['d-1', 'd-2'],
    })
    .add({
      type: 'case_listed',
      blockId: 'dossiers',
      candidateId: 'k-2',
      title: 'Het zwembad',
      text: 'Sluiten of renoveren.',
      sources: ['d-1'],
    })
    .add({ type: 'case_voting', blockId: 'dossiers', open: true });
}

function vote(log: LogBuilder, who: { id: string }, candidateId: string, id?: string): LogBuilder {
  return log.add(
    {
      type: 'answer_submitted',
      blockId: 'dossiers',
      participantId: who.id,
      answer: answer({ vote: candidateId }),
      ...(id ? { reflectionId: id } : {}),
    },
    asParticipant(who.id),
  );
}

function voted(): RoomEvent[] {
  const log = morning().at(5 * MIN);
  vote(log, ANN, 'k-1');
  vote(log, BRAM, 'k-1');
  vote(log, ANON, 'k-2', 'd-3');
  return log.at(6 * MIN).add({
    type: 'case_chosen',
    blockId: 'dossiers',
    candidateId: 'k-1',
    title: 'Zwembad en laadpalen',
    text: 'Twee toezeggingen die botsen met de regels.',
  }).events;
}

function onBlock(events: RoomEvent[], blockIndex: number) {
  const log = new LogBuilder(events[0]);
  log.events.splice(0, 1, ...events);
  return foldRoom(log.at(7 * MIN).add({ type: 'block_entered', blockIndex }).events);
}

describe('cases from practice: the kind', () => {
  it('is a valid programme; caseFrom must name an earlier practice block', () => {
    expect(checkScenario(programme)).toMatchObject({ ok: true });
    const wrong = ScenarioSchema.parse({
      ...programme,
      minutes: 30,
      blocks: [programme.blocks[1], programme.blocks[0]],
    });
    const check = checkScenario({ ...wrong, minutes: 30 });
    expect(check.ok ? [] : check.problems.map((p) => p.path.join('.'))).toContain(
      'blocks.0.caseFrom',
    );
  });

  it('keeps a dossier when the phone votes, and the vote when it edits its dossier', () => {
    const withCase = answer({ case: ZWEMBAD });
    const withVote = mergeAnswer(withCase, answer({ vote: 'k-1' }));
    expect(withVote).toEqual({ kind: 'practice', case: ZWEMBAD, vote: 'k-1' });
    const edited = { ...ZWEMBAD, title: 'Het zwembad, deel 2' };
    expect(mergeAnswer(withVote, answer({ case: edited }))).toEqual({
      kind: 'practice',
      case: edited,
      vote: 'k-1',
    });
  });
});

describe('cases from practice: what each screen sees', () => {
  it('lists the dossiers on the console, with a name only where its author asked', () => {
    const state = foldRoom(morning().events);
    const run = projectForFacilitator(state).runs['dossiers']!;
    expect(run.cases!.submissions).toEqual([
      expect.objectContaining({ id: 'd-1', title: 'Het zwembad', author: null, named: false }),
      expect.objectContaining({ id: 'd-2', title: 'Laadpalen', author: BRAM.name, named: true }),
    ]);
    // The block is anonymous: the console never learns who answered at all.
    expect(run.answeredBy).toEqual([]);
    expect(JSON.stringify(run)).not.toContain(ANN.id);
    expect(JSON.stringify(run)).not.toContain(ANN.name);
  });

  it('shows the phones the shortlist only while they can vote, and the projector no names', () => {
    const before = foldRoom(morning().events.slice(0, -1));
    expect(projectForParticipant(before, ANN.id).mine!.cases!.candidates).toEqual([]);
    const open = foldRoom(morning().events);
    const phone = projectForParticipant(open, ANON.id).mine!.cases!;
    expect(phone.voting).toBe(true);
    expect(phone.candidates.map((c) => c.id)).toEqual(['k-1', 'k-2']);
    const screen = JSON.stringify(projectForPresenter(open));
    expect(screen).not.toContain(BRAM.name);
    expect(screen).not.toContain('Laadpalen'); // the dossier itself, only the shortlist is shown
    expect(projectForPresenter(open).live!.cases!.submitted).toBe(2);
  });

  it('counts votes for the console live, for the projector once the vote is closed', () => {
    const log = morning().at(5 * MIN);
    vote(log, ANN, 'k-1');
    vote(log, ANON, 'k-2', 'd-3');
    const open = foldRoom(log.events);
    expect(
      projectForFacilitator(open).runs['dossiers']!.cases!.candidates.map((c) => c.votes),
    ).toEqual([1, 1]);
    expect(projectForPresenter(open).live!.cases!.candidates.map((c) => c.votes)).toEqual([
      null,
      null,
    ]);
    expect(projectForPresenter(open).live!.cases!.votes).toBe(2);
    const closed = foldRoom(
      log.add({ type: 'case_voting', blockId: 'dossiers', open: false }).events,
    );
    expect(projectForPresenter(closed).live!.cases!.candidates.map((c) => c.votes)).toEqual([1, 1]);
  });

  it('plays the chosen case in the later rounds and the role play, on phone and projector', () => {
    const events = voted();
    for (const index of [1, 2]) {
      const state = onBlock(events, index);
      for (const view of [projectForParticipant(state, ANN.id), projectForPresenter(state)]) {
        expect(view.block!.content).toMatchObject({
          caseText: '## Zwembad en laadpalen\n\nTwee toezeggingen die botsen met de regels.',
        });
      }
    }
    const play = onBlock(events, 3);
    expect(projectForPresenter(play).block!.content).toMatchObject({
      kind: 'roles',
      caseText: expect.stringContaining('Zwembad en laadpalen'),
    });
  });

  it("plays the programme's case while nothing has been chosen", () => {
    const state = onBlock(morning().events, 1);
    expect(projectForPresenter(state).block!.content).toMatchObject({
      caseText: '## De programmacasus\n\nWat de trainer voorbereidde.',
    });
    expect(projectForPresenter(onBlock(morning().events, 3)).block!.content).not.toHaveProperty(
      'caseText',
    );
  });
});

describe('cases from practice: the log', () => {
  it('leaves the server without a trace of who sent in which dossier or voted how', () => {
    const events = voted();
    const redacted = redactLog(events);
    const answers = redacted.filter((e) => e.type === 'answer_submitted');
    for (const event of answers) {
      expect([ANN.id, BRAM.id, ANON.id]).not.toContain(event.participantId);
      expect(event.actor).toEqual({ kind: 'system' });
    }
    // And it still folds, checked as an import, to the same choice.
    const check = checkRoomLog(redacted, Date.now());
    expect(check.ok).toBe(true);
    const state = onBlock(redacted, 1);
    expect(projectForPresenter(state).block!.content).toMatchObject({
      caseText: expect.stringContaining('Zwembad en laadpalen'),
    });
  });

  it('refuses an imported shortlist made of dossiers that were never sent in', () => {
    const events = morning().events;
    const listed = events.findIndex((e) => e.type === 'case_listed');
    const bad = events.map((e, i) =>
      i === listed && e.type === 'case_listed' ? { ...e, sources: ['d-9'] } : e,
    );
    expect(checkRoomLog(bad, Date.now())).toMatchObject({
      ok: false,
      refusal: { type: 'case_listed', field: 'sources.0' },
    });
  });

  it('refuses an imported choice whose text is not the shortlisted case', () => {
    const events = voted();
    const last = events.length - 1;
    const bad = events.map((e, i) =>
      i === last && e.type === 'case_chosen' ? { ...e, text: 'Iets anders.' } : e,
    );
    expect(checkRoomLog(bad, Date.now())).toMatchObject({
      ok: false,
      refusal: { type: 'case_chosen' },
    });
    expect(checkRoomLog(events, Date.now()).ok).toBe(true);
  });
});
