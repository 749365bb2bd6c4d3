import { describe, expect, it } from 'vitest';
import {
  checkRoomLog,
  foldRoom,
  ScenarioSchema,
  type RoomEvent,
  type RoomEventDraft,
} from '@samenspel/shared';
import {
  ANN,
  asParticipant,
  BRAM,
  LogBuilder,
  MIN,
  roomCreated,
  scenarioInput,
  T0,
  workshopLog,
} from './fixtures.js';

/** The morning up to the poll on screen, Ann and Bram in the room. */
function atThePoll(): LogBuilder {
  return new LogBuilder()
    .join(ANN)
    .join(BRAM)
    .at(1 * MIN)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 2 });
}

const vote = (optionId: string): RoomEventDraft => ({
  type: 'answer_submitted',
  blockId: 'peiling',
  participantId: ANN.id,
  answer: { kind: 'poll', optionIds: [optionId] },
});

/** The moment of import: the morning's log is a day old by then. */
const NOW = T0 + 24 * 60 * MIN;

function refusal(events: RoomEvent[]) {
  const check = checkRoomLog(events, NOW);
  if (check.ok) throw new Error('the log was accepted');
  return check.refusal;
}

describe('checkRoomLog: a log held to the live room’s rules', () => {
  it('accepts a morning as the authority wrote it, folding to the same state', () => {
    const log = workshopLog();
    const check = checkRoomLog(log, NOW);
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.state).toEqual(foldRoom(log));
  });

  it('refuses times no live room can have had: before Samenspel, or after the import', () => {
    const early = workshopLog().map((event) => ({ ...event, at: event.at - T0 }));
    expect(refusal(early)).toMatchObject({ seq: 1, field: 'at' });
    const log = atThePoll().events;
    const last = log[log.length - 1]!;
    const late = [
      ...log,
      { ...last, seq: last.seq + 1, at: 8e15, type: 'session_ended' } as RoomEvent,
    ];
    expect(refusal(late)).toMatchObject({ seq: last.seq + 1, field: 'at' });
  });

  it('refuses a name a phone could not have joined with', () => {
    for (const name of ['A\u202eB', 'x'.repeat(41), ' padded ']) {
      const log = new LogBuilder().join({ ...ANN, name });
      expect(refusal(log.events)).toMatchObject({ type: 'participant_joined', field: 'name' });
    }
  });

  it('refuses an answer to a block that is not on screen', () => {
    const log = atThePoll().add({ type: 'block_entered', blockIndex: 1 });
    log.add(vote('bellen'), asParticipant(ANN.id));
    expect(refusal(log.events)).toMatchObject({ seq: 7, message: /no longer on screen/ });
  });

  it('refuses an answer after answers were closed', () => {
    const log = atThePoll().add({ type: 'answers_locked', blockId: 'peiling' });
    log.add(vote('bellen'), asParticipant(ANN.id));
    expect(refusal(log.events)).toMatchObject({ seq: 7, message: /closed/ });
  });

  it('refuses an answer written in someone else’s name', () => {
    const log = atThePoll().add(vote('bellen'), asParticipant(BRAM.id));
    expect(refusal(log.events)).toMatchObject({ seq: 6, field: 'actor' });
  });

  it('refuses a session started twice and an expiry before its deadline', () => {
    expect(refusal(atThePoll().add({ type: 'session_started' }).events)).toMatchObject({
      seq: 6,
      message: /already started/,
    });
    const early = atThePoll()
      .add({ type: 'timer_started', endsAt: T0 + 10 * MIN })
      .at(5 * MIN)
      .automatic({ type: 'timer_expired' });
    expect(refusal(early.events)).toMatchObject({ seq: 7, message: /not up yet/ });
  });

  it('keeps records keyed by ids free of inherited properties', () => {
    const state = foldRoom(atThePoll().add(vote('bellen'), asParticipant(ANN.id)).events);
    expect(state.participants['constructor']).toBeUndefined();
    expect(state.runs['toString']).toBeUndefined();
    expect(state.runs['peiling']!.answers['hasOwnProperty']).toBeUndefined();
  });

  it('refuses a reveal of written answers: only a chart is put on the projector, as in the room', () => {
    const withReflection = ScenarioSchema.parse({
      ...scenarioInput,
      minutes: 30,
      blocks: [
        ...scenarioInput.blocks,
        {
          id: 'terugblik',
          kind: 'reflection',
          title: 'Terugblik',
          minutes: 10,
          prompt: 'Wat neem je mee?',
        },
      ],
    });
    const log = new LogBuilder(roomCreated(T0, withReflection))
      .join(ANN)
      .at(1 * MIN)
      .add({ type: 'session_started' })
      .add({ type: 'block_entered', blockIndex: 3 })
      .add(
        {
          type: 'answer_submitted',
          blockId: 'terugblik',
          participantId: ANN.id,
          answer: { kind: 'reflection', text: 'Eerder bellen, minder mailen.' },
          reflectionId: 'r-ann-1',
        },
        asParticipant(ANN.id),
      );
    expect(checkRoomLog(log.events, NOW)).toMatchObject({ ok: true });
    log.add({ type: 'results_revealed', blockId: 'terugblik' });
    expect(refusal(log.events)).toMatchObject({
      seq: log.events.length,
      type: 'results_revealed',
      field: 'blockId',
    });
  });
});
