import { describe, expect, it } from 'vitest';
import {
  ScenarioSchema,
  foldRoom,
  projectForFacilitator,
  projectForPresenter,
  redactLog,
  type RoomEvent,
} from '@samenspel/shared';
import {
  ANN,
  ANON,
  BRAM,
  LogBuilder,
  MIN,
  SEC,
  SYSTEM,
  T0,
  asParticipant,
  roomCreated,
  scenarioInput,
} from './fixtures.js';

const reflectionScenario = ScenarioSchema.parse({
  ...scenarioInput,
  blocks: [
    ...scenarioInput.blocks,
    {
      id: 'anoniem',
      kind: 'reflection',
      title: 'Wat durf je niet te zeggen?',
      minutes: 5,
      prompt: 'Wat durf je niet hardop te zeggen?',
      anonymous: true,
    },
  ],
});

type Writer = { who: { id: string }; reflectionId: string; text: string; at: number };

/**
 * A reflection visit in which each writer's answer comes right after something only they did:
 * their phone came back, or they had just voted. Read in write order with exact times, the log
 * would say who wrote what.
 */
function logWith(writers: readonly Writer[]): RoomEvent[] {
  const log = new LogBuilder(roomCreated(T0, reflectionScenario))
    .at(1 * MIN)
    .join(ANN)
    .join(BRAM)
    .join(ANON)
    .at(2 * MIN)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 2 })
    .add(
      {
        type: 'answer_submitted',
        blockId: 'peiling',
        participantId: ANN.id,
        answer: { kind: 'poll', optionIds: ['bellen'] },
      },
      asParticipant(ANN.id),
    )
    .at(4 * MIN)
    .add({ type: 'block_entered', blockIndex: 3 });
  for (const w of writers) {
    log
      .at(w.at - T0 - SEC)
      .add({ type: 'presence_changed', participantId: w.who.id, presence: 'connected' }, SYSTEM)
      .at(w.at - T0)
      .add(
        {
          type: 'answer_submitted',
          blockId: 'anoniem',
          participantId: w.who.id,
          answer: { kind: 'reflection', text: w.text },
          reflectionId: w.reflectionId,
        },
        asParticipant(w.who.id),
      );
  }
  return log
    .at(9 * MIN)
    .add({ type: 'answers_locked', blockId: 'anoniem' })
    .at(10 * MIN)
    .add({ type: 'session_ended' }).events;
}

const texts = { a: 'Ik ben bang voor de wethouder', b: 'Ik zeg te vaak ja', c: 'Niets' };
const asWritten: Writer[] = [
  { who: ANN, reflectionId: 'r-zz', text: texts.a, at: T0 + 5 * MIN + 7 * SEC },
  { who: BRAM, reflectionId: 'r-aa', text: texts.b, at: T0 + 6 * MIN + 41 * SEC },
  { who: ANON, reflectionId: 'r-mm', text: texts.c, at: T0 + 8 * MIN + 3 * SEC },
];

const reflectionsOf = (events: readonly RoomEvent[]) =>
  events.flatMap((e) =>
    e.type === 'answer_submitted' && e.blockId === 'anoniem' ? [{ seq: e.seq, at: e.at, e }] : [],
  );

describe('redactLog: the time and order of anonymous reflections', () => {
  it('gives every anonymous answer the time its visit began, right after it, in order of its opaque id', () => {
    const events = logWith(asWritten);
    const redacted = redactLog(events);
    const entered = redacted.find((e) => e.type === 'block_entered' && e.blockIndex === 3)!;
    const moved = reflectionsOf(redacted);
    expect(moved.map((r) => r.at)).toEqual([entered.at, entered.at, entered.at]);
    expect(moved.map((r) => r.seq)).toEqual([entered.seq + 1, entered.seq + 2, entered.seq + 3]);
    expect(moved.map((r) => r.e.type === 'answer_submitted' && r.e.answer)).toEqual([
      { kind: 'reflection', text: texts.b },
      { kind: 'reflection', text: texts.c },
      { kind: 'reflection', text: texts.a },
    ]);
  });

  it('gives the same redacted reflections however the authors wrote them, so neither order nor time can name one', () => {
    // The same three texts, written by other people, in another order, at other moments.
    const otherwise: Writer[] = [
      { who: ANON, reflectionId: 'r-zz', text: texts.a, at: T0 + 4 * MIN + 30 * SEC },
      { who: ANN, reflectionId: 'r-mm', text: texts.c, at: T0 + 5 * MIN + 50 * SEC },
      { who: BRAM, reflectionId: 'r-aa', text: texts.b, at: T0 + 8 * MIN + 59 * SEC },
    ];
    const one = reflectionsOf(redactLog(logWith(asWritten)));
    const other = reflectionsOf(redactLog(logWith(otherwise)));
    expect(other).toEqual(one);
  });

  it('keeps seq gapless, leaves every other event its seq and time, and folds to the same screens', () => {
    const events = logWith(asWritten);
    const redacted = redactLog(events);
    expect(redacted.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const times = redacted.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const enteredSeq = events.find((e) => e.type === 'block_entered' && e.blockIndex === 3)!.seq;
    for (const event of events.slice(0, enteredSeq)) expect(redacted[event.seq - 1]).toEqual(event);
    const others = (log: readonly RoomEvent[]) =>
      log
        .filter((e) => !(e.type === 'answer_submitted' && e.blockId === 'anoniem'))
        .map((e) => [e.type, e.at]);
    expect(others(redacted)).toEqual(others(events));
    expect(projectForFacilitator(foldRoom(redacted))).toEqual(
      projectForFacilitator(foldRoom(events)),
    );
    expect(projectForPresenter(foldRoom(redacted))).toEqual(projectForPresenter(foldRoom(events)));
    // An imported log leaves again unchanged.
    expect(redactLog(redacted)).toEqual(redacted);
  });

  it('lets no command id or command digest leave, also one that came in with an import alone', () => {
    const events = logWith(asWritten).map((event, i) =>
      i === 1
        ? { ...event, commandId: 'c-1', commandDigest: 'd-1' }
        : i === 2
          ? { ...event, commandDigest: 'd-2' }
          : event,
    );
    const json = JSON.stringify(redactLog(events));
    expect(json).not.toContain('commandId');
    expect(json).not.toContain('commandDigest');
  });

  it('keeps the edits of one reflection in order, so the last version wins', () => {
    const edited = logWith([
      ...asWritten,
      { who: ANN, reflectionId: 'r-zz', text: 'Toch anders', at: T0 + 8 * MIN + 30 * SEC },
    ]).map((e) =>
      // An edit carries no new reflection id.
      e.type === 'answer_submitted' &&
      e.answer.kind === 'reflection' &&
      e.answer.text === 'Toch anders'
        ? (({ reflectionId: _r, ...rest }) => rest)(e)
        : e,
    );
    const view = projectForFacilitator(foldRoom(redactLog(edited)));
    expect(view.runs['anoniem']!.reflections.map((r) => r.text)).toContain('Toch anders');
    expect(view.runs['anoniem']!.reflections).toHaveLength(3);
  });
});
