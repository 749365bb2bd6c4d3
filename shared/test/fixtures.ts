import {
  ScenarioSchema,
  reduceRoom,
  type Actor,
  type RoomEvent,
  type RoomEventDraft,
  type RoomState,
  type Scenario,
  type ScenarioInput,
} from '@samenspel/shared';

/** Times in the tests: 09:00 on a workshop morning, plus offsets. */
export const T0 = Date.UTC(2025, 2, 10, 9, 0, 0);
export const SEC = 1000;
export const MIN = 60 * SEC;

export const FACILITATOR: Actor = { kind: 'facilitator' };
export const SYSTEM: Actor = { kind: 'system' };
export const asParticipant = (id: string): Actor => ({ kind: 'participant', id });

/** Distinctive strings, so a leak shows up in a serialised view and nowhere by accident. */
export const SECRET = {
  welcomeNote: 'NOTE: watch who stays silent in the first round',
  casusNote: 'NOTE: the alderman is bluffing, do not tell the room',
  welcomePhone: 'PHONE: keep this screen open during the session',
  casusPhone: 'PHONE: you are the policy officer; what do you tell the alderman?',
} as const;
export const SCREEN = {
  welcome: 'SCREEN: Welcome to the workshop',
  casus: 'SCREEN: The alderman calls on Friday evening',
} as const;

/** A small programme: an info block, a case and a poll (the poll has no screen or phone text). */
export const scenarioInput: ScenarioInput = {
  id: 'korte-ronde',
  title: 'Korte ronde bestuurlijke sensitiviteit',
  minutes: 20,
  blocks: [
    {
      id: 'welkom',
      kind: 'info',
      title: 'Welkom',
      minutes: 5,
      screen: SCREEN.welcome,
      phone: SECRET.welcomePhone,
      notes: SECRET.welcomeNote,
    },
    {
      id: 'casus-wethouder',
      kind: 'casus',
      title: 'De wethouder belt',
      minutes: 10,
      perspective: 'bestuurder',
      case: 'The alderman wants the memo changed before the council meeting.',
      screen: SCREEN.casus,
      phone: SECRET.casusPhone,
      notes: SECRET.casusNote,
    },
    {
      id: 'peiling',
      kind: 'poll',
      title: 'Wat doe jij?',
      minutes: 5,
      question: 'What do you do first?',
      options: [
        { id: 'bellen', label: 'Call back' },
        { id: 'mailen', label: 'Send an email' },
      ],
    },
  ],
};
export const scenario: Scenario = ScenarioSchema.parse(scenarioInput);

/** Participants with names that cannot appear in any text by accident. */
export const ANN = { id: 'p-ann-7f3a', name: 'Annelies Verbeek' } as const;
export const BRAM = { id: 'p-bram-91c2', name: 'Bram de Wit-Oosterhuis' } as const;
export const ANON = { id: 'p-anon-4d0e', name: null } as const;

export const ROOM = { roomId: 'room-0001', code: 'K7W4PX', groupName: 'Gemeente Zuiderdam' };

export function roomCreated(at = T0, withScenario: Scenario = scenario): RoomEvent {
  return {
    seq: 1,
    at,
    actor: FACILITATOR,
    type: 'room_created',
    ...ROOM,
    scenario: withScenario,
  };
}

/** Stamps an event as the authority does: seq, server time and actor. */
export function stamp(
  draft: RoomEventDraft,
  seq: number,
  at: number,
  actor: Actor = FACILITATOR,
): RoomEvent {
  return { ...draft, seq, at, actor };
}

/** Builds a gapless log; `at(ms)` sets the clock to T0 + ms for the events that follow. */
export class LogBuilder {
  readonly events: RoomEvent[];
  private now = T0;

  constructor(first: RoomEvent = roomCreated()) {
    this.events = [first];
  }

  at(offsetMs: number): this {
    this.now = T0 + offsetMs;
    return this;
  }

  add(draft: RoomEventDraft, actor: Actor = FACILITATOR): this {
    this.events.push(stamp(draft, this.events.length + 1, this.now, actor));
    return this;
  }

  automatic(draft: RoomEventDraft): this {
    this.events.push({
      ...stamp(draft, this.events.length + 1, this.now, SYSTEM),
      automatic: true,
    });
    return this;
  }

  join(who: { id: string; name: string | null }): this {
    return this.add(
      { type: 'participant_joined', participantId: who.id, name: who.name },
      asParticipant(who.id),
    );
  }
}

/** Applies one more event to a state, stamped with the next seq. */
export function apply(
  state: RoomState,
  draft: RoomEventDraft,
  at: number,
  actor: Actor = FACILITATOR,
): RoomState {
  return reduceRoom(deepFreeze(state), stamp(draft, state.seq + 1, at, actor));
}

/** Freezes a value and everything inside it, so any write to it throws (ES modules run in strict mode). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * A short morning, as the authority would write it (offsets from T0):
 * three people join, the session starts, the welcome timer runs, is paused, extended, resumed
 * and expires; the case follows; Bram leaves, Ann's phone drops and comes back; the poll's timer
 * is running when the facilitator ends the session with 3 minutes left.
 */
export function workshopLog(): RoomEvent[] {
  return new LogBuilder()
    .at(1 * MIN)
    .join(ANN)
    .at(1 * MIN + 10 * SEC)
    .join(BRAM)
    .at(2 * MIN)
    .join(ANON)
    .at(3 * MIN)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 0 })
    .at(3 * MIN + 5 * SEC)
    .add({ type: 'timer_started', endsAt: T0 + 8 * MIN + 5 * SEC })
    .at(5 * MIN + 5 * SEC)
    .add({ type: 'timer_paused', remainingMs: 3 * MIN })
    .at(6 * MIN)
    .add({ type: 'timer_extended', byMs: 2 * MIN })
    .at(7 * MIN)
    .add({ type: 'timer_started', endsAt: T0 + 12 * MIN })
    .at(12 * MIN)
    .automatic({ type: 'timer_expired' })
    .at(13 * MIN)
    .add({ type: 'block_entered', blockIndex: 1 })
    .add({ type: 'participant_left', participantId: BRAM.id }, asParticipant(BRAM.id))
    .at(14 * MIN)
    .add({ type: 'presence_changed', participantId: ANN.id, presence: 'dropped' }, SYSTEM)
    .add({ type: 'presence_changed', participantId: ANON.id, presence: 'dropped' }, SYSTEM)
    .at(15 * MIN)
    .add({ type: 'presence_changed', participantId: ANN.id, presence: 'connected' }, SYSTEM)
    .add({ type: 'presence_changed', participantId: BRAM.id, presence: 'connected' }, SYSTEM)
    .at(16 * MIN)
    .add({ type: 'timer_started', endsAt: T0 + 26 * MIN })
    .at(20 * MIN)
    .add({ type: 'block_entered', blockIndex: 2 })
    .at(21 * MIN)
    .add({ type: 'timer_started', endsAt: T0 + 26 * MIN })
    .at(23 * MIN)
    .add({ type: 'session_ended' }).events;
}
