import { describe, expect, it } from 'vitest';
import {
  FacilitatorViewSchema,
  GuestViewSchema,
  ParticipantViewSchema,
  PresenterViewSchema,
  ViewSchema,
  foldRoom,
  headcount,
  projectForFacilitator,
  projectForGuest,
  projectForParticipant,
  projectForPresenter,
  type RoomState,
} from '@samenspel/shared';
import {
  ANN,
  ANON,
  BRAM,
  MIN,
  ROOM,
  SCREEN,
  SECRET,
  T0,
  scenario,
  workshopLog,
} from './fixtures.js';

/** The state after the first `count` events of the workshop log. */
const after = (count: number): RoomState => foldRoom(workshopLog().slice(0, count));
const LOBBY = 4; // three people joined, not started
const CASE_ENTERED = 12; // the case block is on, everyone still in
const POLL_ENTERED = 19; // the poll block is on (it has no screen or phone text)
const ENDED = 21;

const NOTES = [SECRET.welcomeNote, SECRET.casusNote];
const PHONE_TEXTS = [SECRET.welcomePhone, SECRET.casusPhone];

function expectNoneIn(view: unknown, secrets: readonly string[]): void {
  const json = JSON.stringify(view);
  for (const secret of secrets) expect(json, `leaks "${secret}"`).not.toContain(secret);
}

describe('the presenter screen', () => {
  it('shows the current block with its screen text, the timer and the headcount', () => {
    expect(projectForPresenter(after(CASE_ENTERED))).toEqual({
      role: 'presenter',
      room: {
        ...ROOM,
        title: scenario.title,
        language: scenario.language,
        status: 'running',
        createdAt: T0,
        startedAt: T0 + 3 * MIN,
        endedAt: null,
        joinsClosedAt: null,
      },
      block: {
        index: 1,
        id: 'casus-wethouder',
        title: 'De wethouder belt',
        kind: 'casus',
        minutes: 10,
        text: SCREEN.casus,
        perspective: 'bestuurder',
        content: {
          kind: 'casus',
          caseText: 'The alderman wants the memo changed before the council meeting.',
          perspective: 'bestuurder',
        },
      },
      blockCount: 3,
      timer: { status: 'idle', durationMs: 10 * MIN },
      headcount: { members: 3, connected: 3 },
      live: {
        answered: 0,
        progress: { complete: 0, started: 0 },
        locked: false,
        revealed: false,
        results: null,
        rounds: [],
        highlighted: [],
        roleCounts: null,
        groupCount: null,
        cases: null,
      },
    });
  });

  it('has no participant names or ids, no facilitator notes and no phone text', () => {
    const view = projectForPresenter(after(CASE_ENTERED));
    expectNoneIn(view, [ANN.name, BRAM.name, ANN.id, BRAM.id, ANON.id, ...NOTES, ...PHONE_TEXTS]);
  });

  it('shows no text for a block that has no screen text (never the phone text instead)', () => {
    const view = projectForPresenter(after(POLL_ENTERED));
    expect(view.block).toMatchObject({
      id: 'peiling',
      kind: 'poll',
      text: null,
      perspective: null,
    });
  });
});

describe('a participant’s phone', () => {
  it('shows the current block with its phone text and only who they are themselves', () => {
    const view = projectForParticipant(after(CASE_ENTERED), ANN.id);
    expect(view.me).toEqual({ id: ANN.id, name: ANN.name });
    expect(view.block).toMatchObject({
      index: 1,
      text: SECRET.casusPhone,
      perspective: 'bestuurder',
    });
    expect(view.timer).toEqual({ status: 'idle', durationMs: 10 * MIN });
    expect(view.blockCount).toBe(3);
  });

  it('has no other participant and no facilitator notes', () => {
    const state = after(CASE_ENTERED);
    expectNoneIn(projectForParticipant(state, ANN.id), [BRAM.name, BRAM.id, ANON.id, ...NOTES]);
    expectNoneIn(projectForParticipant(state, BRAM.id), [ANN.name, ANN.id, ANON.id, ...NOTES]);
  });

  it('knows an anonymous participant by id only', () => {
    const view = projectForParticipant(after(CASE_ENTERED), ANON.id);
    expect(view.me).toEqual({ id: ANON.id, name: null });
    expectNoneIn(view, [ANN.name, BRAM.name, ANN.id, BRAM.id]);
  });

  it('refuses to project for someone who never joined', () => {
    expect(() => projectForParticipant(after(CASE_ENTERED), 'p-stranger')).toThrow();
  });
});

describe('the facilitator console', () => {
  it('has every note and every participant, including who left and who is anonymous', () => {
    const view = projectForFacilitator(after(17));
    const json = JSON.stringify(view);
    for (const note of NOTES) expect(json).toContain(note);
    expect(view.participants).toEqual([
      { id: ANN.id, name: ANN.name, presence: 'connected', joinedAt: T0 + MIN },
      { id: BRAM.id, name: BRAM.name, presence: 'left', joinedAt: T0 + 70_000 },
      { id: ANON.id, name: null, presence: 'dropped', joinedAt: T0 + 2 * MIN },
    ]);
    expect(view.scenario).toEqual(scenario);
    expect(view.currentBlockIndex).toBe(1);
    expect(view.visits).toHaveLength(2);
  });
});

describe('lobby and end', () => {
  it.each([
    ['in the lobby', LOBBY],
    ['after the end', ENDED],
  ])('shows no block and no timer %s', (_when, count) => {
    const state = after(count);
    for (const view of [projectForPresenter(state), projectForParticipant(state, ANN.id)]) {
      expect(view.block).toBeNull();
      expect(view.timer).toBeNull();
    }
  });

  it('tells every audience the room’s status', () => {
    expect(projectForGuest(after(LOBBY)).room.status).toBe('lobby');
    expect(projectForPresenter(after(CASE_ENTERED)).room.status).toBe('running');
    const ended = projectForParticipant(after(ENDED), ANN.id).room;
    expect(ended).toMatchObject({ status: 'ended', endedAt: T0 + 23 * MIN });
  });

  it('gives a guest only the room’s name and state', () => {
    const view = projectForGuest(after(CASE_ENTERED));
    expect(Object.keys(view).sort()).toEqual(['role', 'room']);
    expectNoneIn(view, [ANN.name, BRAM.name, ...NOTES, ...PHONE_TEXTS, SCREEN.casus]);
  });
});

describe('headcount', () => {
  it.each([
    ['everyone in the lobby', LOBBY, { members: 3, connected: 3 }],
    ['Bram left', 13, { members: 2, connected: 2 }],
    ['two phones dropped', 15, { members: 2, connected: 0 }],
    ['Ann back, Bram’s old socket ignored', 17, { members: 2, connected: 1 }],
  ])('counts members and connected phones: %s', (_when, count, expected) => {
    const state = after(count);
    expect(headcount(state)).toEqual(expected);
    expect(projectForPresenter(state).headcount).toEqual(expected);
    expect(projectForFacilitator(state).headcount).toEqual(expected);
  });
});

describe('at every point of the morning', () => {
  const states = workshopLog().map((_, i) => after(i + 1));
  const everyone = [ANN, BRAM, ANON];

  it('each projection parses with its strict schema, so nothing extra is sent', () => {
    for (const state of states) {
      const facilitator = projectForFacilitator(state);
      const presenter = projectForPresenter(state);
      const guest = projectForGuest(state);
      expect(FacilitatorViewSchema.parse(facilitator)).toEqual(facilitator);
      expect(PresenterViewSchema.parse(presenter)).toEqual(presenter);
      expect(GuestViewSchema.parse(guest)).toEqual(guest);
      expect(ViewSchema.parse(presenter)).toEqual(presenter);
      for (const who of everyone.filter((p) => state.participants[p.id])) {
        const phone = projectForParticipant(state, who.id);
        expect(ParticipantViewSchema.parse(phone)).toEqual(phone);
      }
    }
  });

  it('the presenter and the phones never see notes, nor each other', () => {
    for (const state of states) {
      const names = everyone.flatMap((p) => (p.name ? [p.name] : []));
      const ids = everyone.map((p) => p.id);
      expectNoneIn(projectForPresenter(state), [...names, ...ids, ...NOTES, ...PHONE_TEXTS]);
      for (const who of everyone.filter((p) => state.participants[p.id])) {
        const others = everyone.filter((p) => p.id !== who.id);
        const otherSecrets = others.flatMap((p) => (p.name ? [p.name, p.id] : [p.id]));
        expectNoneIn(projectForParticipant(state, who.id), [...otherSecrets, ...NOTES]);
      }
    }
  });
});
