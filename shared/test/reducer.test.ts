import { describe, expect, it } from 'vitest';
import {
  RoomEventSchema,
  RoomLogError,
  foldRoom,
  reduceRoom,
  type RoomEvent,
  type RoomState,
} from '@samenspel/shared';
import {
  ANN,
  ANON,
  BRAM,
  LogBuilder,
  MIN,
  ROOM,
  SEC,
  SYSTEM,
  T0,
  apply,
  deepFreeze,
  roomCreated,
  scenario,
  stamp,
  workshopLog,
} from './fixtures.js';

/** The state after the first `count` events of the workshop log. */
const after = (count: number): RoomState => foldRoom(workshopLog().slice(0, count));

describe('folding a workshop log', () => {
  it('every event the fixture writes is a valid room event', () => {
    for (const event of workshopLog()) {
      expect(RoomEventSchema.safeParse(event).success, `seq ${event.seq}`).toBe(true);
    }
  });

  it('folds the whole morning to the expected state', () => {
    expect(foldRoom(workshopLog())).toEqual({
      ...ROOM,
      scenario,
      createdAt: T0,
      status: 'ended',
      startedAt: T0 + 3 * MIN,
      endedAt: T0 + 23 * MIN,
      currentBlockIndex: 2,
      visits: [
        { blockIndex: 0, enteredAt: T0 + 3 * MIN },
        { blockIndex: 1, enteredAt: T0 + 13 * MIN },
        { blockIndex: 2, enteredAt: T0 + 20 * MIN },
      ],
      // Ended at 23:00 with the poll's deadline at 26:00: paused with 3 minutes left.
      timer: { status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN },
      // What the room left behind: the welcome's time was up; the case's timer (this log is from
      // before leaving paused it) is kept as it stood at 20:00, six minutes before its deadline.
      leftTimers: {
        welkom: { status: 'expired', durationMs: 7 * MIN, expiredAt: T0 + 12 * MIN },
        'casus-wethouder': { status: 'paused', durationMs: 10 * MIN, remainingMs: 6 * MIN },
      },
      participants: {
        [ANN.id]: { id: ANN.id, name: ANN.name, joinedAt: T0 + 1 * MIN, presence: 'connected' },
        [BRAM.id]: { id: BRAM.id, name: BRAM.name, joinedAt: T0 + 70 * SEC, presence: 'left' },
        [ANON.id]: { id: ANON.id, name: null, joinedAt: T0 + 2 * MIN, presence: 'dropped' },
      },
      joinsClosedAt: null,
      participantOrder: [ANN.id, BRAM.id, ANON.id],
      runs: {},
      linkGeneration: 0,
      meeting: 1,
      restingSince: null,
      rests: [],
      seq: 21,
      lastEventAt: T0 + 23 * MIN,
    });
  });

  it('waits in the lobby, without a block or timer, until the session starts', () => {
    const lobby = after(4);
    expect(lobby.status).toBe('lobby');
    expect(lobby.startedAt).toBeNull();
    expect(lobby.currentBlockIndex).toBeNull();
    expect(lobby.timer).toBeNull();
    expect(lobby.participantOrder).toEqual([ANN.id, BRAM.id, ANON.id]);
  });

  it('runs the welcome timer through start, pause, extend, resume and expiry', () => {
    expect(after(6).timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
    expect(after(7).timer).toEqual({
      status: 'running',
      durationMs: 5 * MIN,
      endsAt: T0 + 8 * MIN + 5 * SEC,
    });
    expect(after(8).timer).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN });
    expect(after(9).timer).toEqual({ status: 'paused', durationMs: 7 * MIN, remainingMs: 5 * MIN });
    expect(after(10).timer).toEqual({
      status: 'running',
      durationMs: 7 * MIN,
      endsAt: T0 + 12 * MIN,
    });
    expect(after(11).timer).toEqual({
      status: 'expired',
      durationMs: 7 * MIN,
      expiredAt: T0 + 12 * MIN,
    });
  });

  it('gives each new block a fresh idle timer of its planned minutes', () => {
    expect(after(12).currentBlockIndex).toBe(1);
    expect(after(12).timer).toEqual({ status: 'idle', durationMs: 10 * MIN });
    expect(after(19).timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
  });

  it('stamps every state with the seq and time of the last event folded in', () => {
    const state = after(13);
    expect(state.seq).toBe(13);
    expect(state.lastEventAt).toBe(T0 + 13 * MIN);
  });

  it('gives deep-equal states when the same log is folded twice', () => {
    expect(foldRoom(workshopLog())).toEqual(foldRoom(workshopLog()));
  });

  it('folding the rest of a log onto a snapshot equals folding the whole log', () => {
    const log = workshopLog();
    const snapshot = deepFreeze(foldRoom(log.slice(0, 10)));
    expect(foldRoom(log.slice(10), snapshot)).toEqual(foldRoom(log));
  });

  it('never mutates the state it is given', () => {
    let state: RoomState | null = null;
    const earlier: Array<{ state: RoomState; copy: RoomState }> = [];
    for (const event of workshopLog()) {
      // Frozen deeply: any write into the old state throws a TypeError here.
      state = reduceRoom(state === null ? null : deepFreeze(state), event);
      earlier.push({ state, copy: JSON.parse(JSON.stringify(state)) as RoomState });
    }
    for (const { state: old, copy } of earlier) expect(old).toEqual(copy);
    expect(earlier[2]?.state.participantOrder).toEqual([ANN.id, BRAM.id]);
  });
});

describe('folding with a draft', () => {
  /** A crowded vote: 120 people join, vote, a third change their mind, a few drop. */
  const crowdedVote = (): RoomEvent[] => {
    const log = new LogBuilder();
    const people = Array.from({ length: 120 }, (_, i) => ({
      id: `p-${i}`,
      name: `Deelnemer ${i}`,
    }));
    for (const person of people) log.join(person);
    log.add({ type: 'session_started' }).add({ type: 'block_entered', blockIndex: 2 });
    people.forEach((person, i) => {
      const answer = { kind: 'poll' as const, optionIds: [i % 2 ? 'bellen' : 'mailen'] };
      log.add(
        { type: 'answer_submitted', blockId: 'peiling', participantId: person.id, answer },
        { kind: 'participant', id: person.id },
      );
      if (i % 3 === 0) {
        log.add(
          {
            type: 'answer_submitted',
            blockId: 'peiling',
            participantId: person.id,
            answer: { kind: 'poll', optionIds: ['bellen'] },
          },
          { kind: 'participant', id: person.id },
        );
      }
      if (i % 10 === 0)
        log.add(
          { type: 'presence_changed', participantId: person.id, presence: 'dropped' },
          SYSTEM,
        );
    });
    return log.events;
  };

  it('gives the same state as folding event by event, and leaves the state it started from alone', () => {
    const log = crowdedVote();
    let stepwise: RoomState | null = null;
    for (const event of log) stepwise = reduceRoom(stepwise, event);

    // The first half folded without a draft, frozen: a write into it would throw.
    const half = Math.floor(log.length / 2);
    const start = deepFreeze(foldRoom(log.slice(0, half)));
    const startCopy = JSON.parse(JSON.stringify(start)) as RoomState;
    const drafted = foldRoom(log.slice(half), start);

    expect(drafted).toEqual(stepwise);
    expect(start).toEqual(startCopy);
    expect(drafted.runs['peiling']?.answerOrder).toHaveLength(120);
    expect(
      Object.values(drafted.runs['peiling']?.answers ?? {}).filter(
        (a) => a.kind === 'poll' && a.optionIds[0] === 'bellen',
      ),
    ).toHaveLength(80);
  });
});

describe('a broken log is refused', () => {
  it('throws RoomLogError on a gap in the sequence', () => {
    const log = workshopLog();
    const withGap = [...log.slice(0, 5), ...log.slice(6)];
    expect(() => foldRoom(withGap)).toThrow(RoomLogError);
    expect(() => foldRoom(withGap)).toThrow('expected event seq 6, found 7');
  });

  it('throws RoomLogError on a repeated seq', () => {
    const log = workshopLog();
    const repeated = [...log.slice(0, 5), log[4]!, ...log.slice(5)];
    expect(() => foldRoom(repeated)).toThrow(RoomLogError);
  });

  it('throws RoomLogError when the log does not start with room_created', () => {
    const joinFirst = stamp({ type: 'participant_joined', participantId: 'p', name: 'X' }, 1, T0);
    expect(() => foldRoom([joinFirst])).toThrow(RoomLogError);
    expect(() => reduceRoom(null, joinFirst)).toThrow('must start with room_created');
  });

  it('throws RoomLogError when room_created does not have seq 1', () => {
    expect(() => reduceRoom(null, { ...roomCreated(), seq: 2 })).toThrow(RoomLogError);
  });

  it('throws RoomLogError on a second room_created', () => {
    const again: RoomEvent = { ...roomCreated(T0 + MIN), seq: 2 };
    expect(() => foldRoom([roomCreated(), again])).toThrow(RoomLogError);
  });

  it('throws RoomLogError on an empty log', () => {
    expect(() => foldRoom([])).toThrow(RoomLogError);
  });

  it('throws RoomLogError on events that name what does not exist', () => {
    const lobby = foldRoom([roomCreated()]);
    expect(() => apply(lobby, { type: 'participant_left', participantId: 'nobody' }, T0)).toThrow(
      RoomLogError,
    );
    expect(() => apply(lobby, { type: 'block_entered', blockIndex: 3 }, T0)).toThrow(RoomLogError);
    expect(() => apply(lobby, { type: 'timer_started', endsAt: T0 + MIN }, T0)).toThrow(
      RoomLogError,
    );
  });
});

describe('timer arithmetic', () => {
  const AT = T0 + 30 * MIN;
  /** Running session on the case block (10 planned minutes), timer idle. */
  const inCase = (): RoomState =>
    foldRoom(
      new LogBuilder()
        .at(20 * MIN)
        .add({ type: 'session_started' })
        .add({ type: 'block_entered', blockIndex: 1 }).events,
    );
  const running = (): RoomState =>
    apply(inCase(), { type: 'timer_started', endsAt: AT + 4 * MIN }, AT - 6 * MIN);
  const paused = (): RoomState =>
    apply(running(), { type: 'timer_paused', remainingMs: 4 * MIN }, AT - MIN);
  const expired = (): RoomState => apply(running(), { type: 'timer_expired' }, AT - MIN, SYSTEM);

  it('extends an idle timer by lengthening its duration', () => {
    const state = apply(inCase(), { type: 'timer_extended', byMs: 2 * MIN }, AT);
    expect(state.timer).toEqual({ status: 'idle', durationMs: 12 * MIN });
  });

  it('extends a running timer by moving its deadline', () => {
    const state = apply(running(), { type: 'timer_extended', byMs: 2 * MIN }, AT);
    expect(state.timer).toEqual({ status: 'running', durationMs: 12 * MIN, endsAt: AT + 6 * MIN });
  });

  it('extends a paused timer by adding to the time left', () => {
    const state = apply(paused(), { type: 'timer_extended', byMs: 2 * MIN }, AT);
    expect(state.timer).toEqual({ status: 'paused', durationMs: 12 * MIN, remainingMs: 6 * MIN });
  });

  it('restarts an expired timer with the extra time counted from the extension', () => {
    const state = apply(expired(), { type: 'timer_extended', byMs: 2 * MIN }, AT);
    expect(state.timer).toEqual({ status: 'running', durationMs: 12 * MIN, endsAt: AT + 2 * MIN });
  });

  it('shortens with a negative extension, never below zero', () => {
    const shorter = apply(running(), { type: 'timer_extended', byMs: -3 * MIN }, AT);
    expect(shorter.timer).toEqual({ status: 'running', durationMs: 7 * MIN, endsAt: AT + MIN });

    const pausedToZero = apply(paused(), { type: 'timer_extended', byMs: -5 * MIN }, AT);
    expect(pausedToZero.timer).toEqual({ status: 'paused', durationMs: 5 * MIN, remainingMs: 0 });

    const idleToZero = apply(inCase(), { type: 'timer_extended', byMs: -20 * MIN }, AT);
    expect(idleToZero.timer).toEqual({ status: 'idle', durationMs: 0 });
  });

  it('keeps an expired timer expired on a negative extension', () => {
    const before = expired();
    const state = apply(before, { type: 'timer_extended', byMs: -2 * MIN }, AT);
    expect(state.timer?.status).toBe('expired');
    expect(state.timer).toEqual(before.timer);
  });

  it('resets to the block’s planned minutes, whatever happened before', () => {
    for (const start of [running(), paused(), expired()]) {
      const extended = apply(start, { type: 'timer_extended', byMs: 7 * MIN }, AT);
      const reset = apply(extended, { type: 'timer_reset' }, AT + SEC);
      expect(reset.timer).toEqual({ status: 'idle', durationMs: 10 * MIN });
    }
  });

  it('pauses a running timer with the time left when the session ends', () => {
    const ended = apply(running(), { type: 'session_ended' }, AT + MIN);
    expect(ended.status).toBe('ended');
    expect(ended.endedAt).toBe(AT + MIN);
    expect(ended.timer).toEqual({ status: 'paused', durationMs: 10 * MIN, remainingMs: 3 * MIN });
  });

  it('leaves no negative time when the session ends after the deadline passed', () => {
    const ended = apply(running(), { type: 'session_ended' }, AT + 5 * MIN);
    expect(ended.timer).toEqual({ status: 'paused', durationMs: 10 * MIN, remainingMs: 0 });
  });

  it('leaves a paused or expired timer as it was when the session ends', () => {
    for (const start of [paused(), expired()]) {
      expect(apply(start, { type: 'session_ended' }, AT).timer).toEqual(start.timer);
    }
  });
});

describe('visits', () => {
  it('records every entry of a block with its time, returns included', () => {
    const state = foldRoom(
      new LogBuilder()
        .at(MIN)
        .add({ type: 'session_started' })
        .add({ type: 'block_entered', blockIndex: 0 })
        .at(6 * MIN)
        .add({ type: 'block_entered', blockIndex: 2 })
        .at(9 * MIN)
        .add({ type: 'block_entered', blockIndex: 0 }).events,
    );
    expect(state.visits).toEqual([
      { blockIndex: 0, enteredAt: T0 + MIN },
      { blockIndex: 2, enteredAt: T0 + 6 * MIN },
      { blockIndex: 0, enteredAt: T0 + 9 * MIN },
    ]);
    expect(state.currentBlockIndex).toBe(0);
  });
});

describe('a visit keeps its time', () => {
  const base = () =>
    new LogBuilder()
      .at(MIN)
      .add({ type: 'session_started' })
      .add({ type: 'block_entered', blockIndex: 0 })
      .add({ type: 'timer_started', endsAt: T0 + 6 * MIN })
      .at(2 * MIN + 48 * SEC);

  it('keeps the paused timer of the block it leaves, and comes back to it', () => {
    const left = base()
      .add({ type: 'timer_paused', remainingMs: 3 * MIN + 12 * SEC })
      .add({ type: 'block_entered', blockIndex: 1 });
    const away = foldRoom(left.events);
    expect(away.timer).toEqual({ status: 'idle', durationMs: 10 * MIN });
    expect(away.leftTimers).toEqual({
      welkom: { status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN + 12 * SEC },
    });
    const back = foldRoom(
      left.at(4 * MIN).add({
        type: 'block_entered',
        blockIndex: 0,
        timer: { status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN + 12 * SEC },
      }).events,
    );
    expect(back.currentBlockIndex).toBe(0);
    expect(back.timer).toEqual({
      status: 'paused',
      durationMs: 5 * MIN,
      remainingMs: 3 * MIN + 12 * SEC,
    });
    expect(back.leftTimers['casus-wethouder']).toEqual({ status: 'idle', durationMs: 10 * MIN });
  });

  it('replays a log from before visits kept their time as it was shown: a fresh timer', () => {
    const state = foldRoom(
      base()
        .add({ type: 'block_entered', blockIndex: 1 })
        .add({ type: 'block_entered', blockIndex: 0 }).events,
    );
    expect(state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
    // Kept for a later decision, as it stood when the room left it.
    expect(state.leftTimers.welkom).toEqual({
      status: 'paused',
      durationMs: 5 * MIN,
      remainingMs: 3 * MIN + 12 * SEC,
    });
  });
});

describe('presence', () => {
  const withAnn = (): RoomState => foldRoom(new LogBuilder().at(MIN).join(ANN).events);

  it('a dropped phone stays a member and can come back', () => {
    const dropped = apply(
      withAnn(),
      { type: 'presence_changed', participantId: ANN.id, presence: 'dropped' },
      T0 + 2 * MIN,
      SYSTEM,
    );
    expect(dropped.participants[ANN.id]?.presence).toBe('dropped');
    expect(dropped.participantOrder).toEqual([ANN.id]);
    const back = apply(
      dropped,
      { type: 'presence_changed', participantId: ANN.id, presence: 'connected' },
      T0 + 3 * MIN,
      SYSTEM,
    );
    expect(back.participants[ANN.id]?.presence).toBe('connected');
  });

  it('never revives a participant who left', () => {
    const left = apply(
      withAnn(),
      { type: 'participant_left', participantId: ANN.id },
      T0 + 2 * MIN,
    );
    for (const presence of ['connected', 'dropped'] as const) {
      const after = apply(
        left,
        { type: 'presence_changed', participantId: ANN.id, presence },
        T0 + 3 * MIN,
        SYSTEM,
      );
      expect(after.participants[ANN.id]?.presence).toBe('left');
    }
  });
});

describe('renewed links', () => {
  it('keeps the generation of the last renewal, also after the session ended', () => {
    const log = workshopLog();
    const last = log[log.length - 1]!;
    const renewed = stamp({ type: 'links_renewed', generation: 1 }, last.seq + 1, last.at);
    const again = stamp({ type: 'links_renewed', generation: 2 }, last.seq + 2, last.at);
    expect(foldRoom(log).linkGeneration).toBe(0);
    expect(foldRoom([...log, renewed]).linkGeneration).toBe(1);
    expect(foldRoom([...log, renewed, again]).linkGeneration).toBe(2);
  });
});
