import { describe, expect, it } from 'vitest';
import {
  ScenarioSchema,
  foldRoom,
  newFoldDraft,
  projectForFacilitator,
  projectForGuest,
  projectForParticipant,
  projectForPresenter,
  redactLog,
  reduceRoom,
  RoomEventSchema,
  RoomLogError,
  type RoomEvent,
} from '@samenspel/shared';
import {
  ANN,
  ANON,
  BRAM,
  LogBuilder,
  MIN,
  T0,
  asParticipant,
  deepFreeze,
  roomCreated,
} from './fixtures.js';

/** A poll, an anonymous and a named reflection, and pairs: every kind of trace a person leaves. */
const scenario = ScenarioSchema.parse({
  id: 'weg-ermee',
  title: 'Wie telt mee',
  minutes: 20,
  blocks: [
    {
      id: 'stem',
      kind: 'poll',
      title: 'Stem',
      minutes: 5,
      question: 'Bellen of mailen?',
      options: [
        { id: 'bellen', label: 'Bellen' },
        { id: 'mailen', label: 'Mailen' },
      ],
    },
    {
      id: 'anoniem',
      kind: 'reflection',
      title: 'Anoniem',
      minutes: 5,
      prompt: 'Wat viel op?',
      anonymous: true,
    },
    {
      id: 'open',
      kind: 'reflection',
      title: 'Open',
      minutes: 5,
      prompt: 'En nu?',
      anonymous: false,
    },
    { id: 'paren', kind: 'groups', title: 'Paren', minutes: 5, size: 2, prompt: 'Praat even.' },
  ],
});

/** Ann, Bram and an anonymous participant answer everything; Bram is then removed. */
function log(): { events: RoomEvent[]; removedAt: number } {
  const b = new LogBuilder(roomCreated(T0, scenario))
    .join(ANN)
    .join(BRAM)
    .join(ANON)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 0 });
  const vote = (who: { id: string }, option: string) =>
    b.add(
      {
        type: 'answer_submitted',
        blockId: 'stem',
        participantId: who.id,
        answer: { kind: 'poll', optionIds: [option] },
      },
      asParticipant(who.id),
    );
  vote(ANN, 'bellen');
  vote(BRAM, 'mailen');
  vote(ANON, 'mailen');
  b.add({ type: 'block_entered', blockIndex: 1 });
  const reflect = (who: { id: string }, blockId: string, text: string, reflectionId: string) =>
    b.add(
      {
        type: 'answer_submitted',
        blockId,
        participantId: who.id,
        answer: { kind: 'reflection', text },
        reflectionId,
      },
      asParticipant(who.id),
    );
  reflect(ANN, 'anoniem', 'Ann anoniem', 'f-ann-a');
  reflect(BRAM, 'anoniem', 'Ik twijfel nog', 'f-bram-a');
  b.add({
    type: 'reflection_moderated',
    blockId: 'anoniem',
    reflectionId: 'f-bram-a',
    hidden: false,
    highlighted: true,
  });
  b.add({ type: 'block_entered', blockIndex: 2 });
  reflect(BRAM, 'open', 'Bram open', 'f-bram-o');
  b.add({ type: 'block_entered', blockIndex: 3 });
  b.add({ type: 'groups_formed', blockId: 'paren', groups: [[ANN.id, BRAM.id], [ANON.id]] });
  b.at(10 * MIN).add({ type: 'participant_removed', participantId: BRAM.id });
  return { events: b.events, removedAt: T0 + 10 * MIN };
}

describe('removing a participant', () => {
  it('takes their answers out of every result but the anonymous texts, and keeps everyone else’s', () => {
    const state = foldRoom(log().events);
    expect(state.participants[BRAM.id]?.presence).toBe('removed');
    const view = projectForFacilitator(state);
    expect(view.runs['stem']?.results).toEqual({
      kind: 'poll',
      respondents: 2,
      counts: { bellen: 1, mailen: 1 },
    });
    expect(view.runs['stem']?.answeredBy).toEqual([ANN.id, ANON.id]);
    // His anonymous reflection stays, as it was moderated, still without an author.
    expect(view.runs['anoniem']?.reflections).toEqual([
      { id: 'f-ann-a', text: 'Ann anoniem', author: null, hidden: false, highlighted: false },
      { id: 'f-bram-a', text: 'Ik twijfel nog', author: null, hidden: false, highlighted: true },
    ]);
    expect(view.runs['anoniem']?.answered).toBe(2);
    expect(view.runs['open']?.reflections).toEqual([]);
    expect(view.runs['open']?.answered).toBe(0);
    // The group keeps its number; only Bram is gone from it.
    expect(view.runs['paren']?.groups).toEqual([[ANN.id], [ANON.id]]);
    expect(view.participants.find((p) => p.id === BRAM.id)?.presence).toBe('removed');
    expect(view.headcount).toEqual({ members: 2, connected: 2 });
  });

  it('shows Ann’s phone a pair without Bram, and no screen a change in the anonymous texts', () => {
    const state = foldRoom(log().events);
    expect(projectForParticipant(state, ANN.id).mine?.group).toEqual({
      number: 1,
      members: [{ name: ANN.name, me: true }],
    });
    const before = foldRoom(log().events.slice(0, -1));
    // Nothing in an anonymous block moves at the removal, so nobody learns which text was his.
    expect(projectForFacilitator(state).runs['anoniem']).toEqual(
      projectForFacilitator(before).runs['anoniem'],
    );
    expect(JSON.stringify(projectForFacilitator(before))).toContain('Bram open');
    expect(JSON.stringify(projectForFacilitator(state))).not.toContain('Bram open');
    expect(JSON.stringify(projectForPresenter(state))).not.toContain(BRAM.name);
  });

  it('gives the same results from the redacted log, where nothing ties him to his anonymous text', () => {
    const { events } = log();
    const redacted = redactLog(events);
    const naming = redacted.filter((e) => JSON.stringify(e).includes('f-bram-a'));
    expect(naming.map((e) => e.type)).toEqual(['answer_submitted', 'reflection_moderated']);
    expect(JSON.stringify(naming)).not.toContain(BRAM.id);
    const live = projectForFacilitator(foldRoom(events));
    expect(projectForFacilitator(foldRoom(redacted)).runs).toEqual(live.runs);
  });

  it('folds with a draft to the same state, and never touches the state before it', () => {
    const { events } = log();
    const before = deepFreeze(foldRoom(events.slice(0, -1)));
    const copy = JSON.stringify(before);
    const after = reduceRoom(before, events.at(-1)!);
    expect(JSON.stringify(before)).toBe(copy);
    expect(after).toEqual(foldRoom(events));
    const draft = newFoldDraft();
    let drafted = null as ReturnType<typeof foldRoom> | null;
    for (const event of events) drafted = reduceRoom(drafted, event, draft);
    expect(drafted).toEqual(after);
  });

  it('leaves records keyed by ids without a prototype, as every other fold does', () => {
    const state = foldRoom(log().events);
    for (const run of Object.values(state.runs)) {
      for (const record of [run.answers, run.reflectionIds, run.moderation]) {
        expect(Object.getPrototypeOf(record)).toBeNull();
      }
      if (run.roles !== null) expect(Object.getPrototypeOf(run.roles)).toBeNull();
    }
  });

  it('refuses a log that removes someone twice or someone unknown', () => {
    const { events } = log();
    const last = events.at(-1)!;
    const again = { ...last, seq: last.seq + 1 };
    expect(() => foldRoom([...events, again])).toThrow(RoomLogError);
    const unknown = { ...last, participantId: 'p-nobody' } as RoomEvent;
    expect(() => foldRoom([...events.slice(0, -1), unknown])).toThrow(RoomLogError);
  });

  it('reads an older removal that named his reflections, keeps the anonymous one, and never exports the list', () => {
    const { events } = log();
    const last = events.at(-1)!;
    const older = RoomEventSchema.parse({ ...last, reflectionIds: ['f-bram-a', 'f-bram-o'] });
    const withOlder = [...events.slice(0, -1), older];
    expect(foldRoom(withOlder)).toEqual(foldRoom(events));
    const exported = redactLog(withOlder).at(-1)!;
    expect(exported).toEqual(last);
    expect(JSON.stringify(exported)).not.toContain('f-bram');
  });

  it('keeps them removed when a late presence change or leave comes in', () => {
    const b = new LogBuilder(roomCreated(T0, scenario)).join(ANN);
    b.add({ type: 'participant_removed', participantId: ANN.id });
    b.add({ type: 'presence_changed', participantId: ANN.id, presence: 'connected' });
    b.add({ type: 'participant_left', participantId: ANN.id });
    expect(foldRoom(b.events).participants[ANN.id]?.presence).toBe('removed');
  });
});

describe('closing the room to new joins', () => {
  it('tells every audience since when it is closed, and clears it when opened again', () => {
    const b = new LogBuilder(roomCreated(T0, scenario))
      .join(ANN)
      .at(5 * MIN)
      .add({ type: 'joins_closed' });
    const closed = foldRoom(b.events);
    expect(closed.joinsClosedAt).toBe(T0 + 5 * MIN);
    expect(projectForGuest(closed).room.joinsClosedAt).toBe(T0 + 5 * MIN);
    expect(projectForPresenter(closed).room.joinsClosedAt).toBe(T0 + 5 * MIN);
    expect(projectForParticipant(closed, ANN.id).room.joinsClosedAt).toBe(T0 + 5 * MIN);
    expect(projectForFacilitator(closed).room.joinsClosedAt).toBe(T0 + 5 * MIN);
    b.at(6 * MIN).add({ type: 'joins_closed' });
    expect(foldRoom(b.events).joinsClosedAt).toBe(T0 + 5 * MIN);
    b.at(7 * MIN).add({ type: 'joins_opened' });
    expect(foldRoom(b.events).joinsClosedAt).toBeNull();
    expect(projectForGuest(foldRoom(b.events)).room.joinsClosedAt).toBeNull();
  });
});
