import {
  ScenarioSchema,
  type Actor,
  type RoomEvent,
  type RoomEventDraft,
  type RoomSummary,
  type ScenarioInput,
} from '@samenspel/shared';

/** A morning workshop: 09:00 plus offsets. */
export const T0 = Date.UTC(2026, 2, 10, 8, 0, 0);
export const SEC = 1000;
export const MIN = 60 * SEC;

const scenarioInput: ScenarioInput = {
  id: 'replay-test',
  title: 'Korte ronde bestuurlijke sensitiviteit',
  minutes: 20,
  blocks: [
    { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 5 },
    {
      id: 'peiling',
      kind: 'poll',
      title: 'Wat doe jij?',
      minutes: 5,
      question: 'Wat doe je als eerste?',
      options: [
        { id: 'bellen', label: 'Terugbellen' },
        { id: 'mailen', label: 'Een mail sturen' },
      ],
    },
    { id: 'afsluiting', kind: 'info', title: 'Afsluiting', minutes: 5 },
  ],
};
export const scenario = ScenarioSchema.parse(scenarioInput);

const FACILITATOR: Actor = { kind: 'facilitator' };
const as = (id: string): Actor => ({ kind: 'participant', id });

/** Builds a gapless log as the authority writes it; `at(ms)` moves the clock to T0 + ms. */
class LogBuilder {
  readonly events: RoomEvent[] = [
    {
      seq: 1,
      at: T0,
      actor: FACILITATOR,
      type: 'room_created',
      roomId: 'r_replay',
      code: 'K7W4PX',
      groupName: 'Gemeente Zuiderdam',
      scenario,
    },
  ];
  private now = T0;

  at(offset: number): this {
    this.now = T0 + offset;
    return this;
  }

  add(draft: RoomEventDraft, actor: Actor = FACILITATOR): this {
    this.events.push({ ...draft, seq: this.events.length + 1, at: this.now, actor } as RoomEvent);
    return this;
  }
}

/**
 * Three people join, the welcome runs, the poll is answered (Bram changes his mind), closed and
 * revealed, then the closing block and the end. Seqs are fixed: see SEQ.
 */
export function pollLog(): RoomEvent[] {
  const vote = (id: string, option: string): RoomEventDraft => ({
    type: 'answer_submitted',
    blockId: 'peiling',
    participantId: id,
    answer: { kind: 'poll', optionIds: [option] },
  });
  return new LogBuilder()
    .at(1 * MIN)
    .add({ type: 'participant_joined', participantId: 'p_ann', name: 'Annelies' }, as('p_ann'))
    .add({ type: 'participant_joined', participantId: 'p_bram', name: 'Bram' }, as('p_bram'))
    .add({ type: 'participant_joined', participantId: 'p_anon', name: null }, as('p_anon'))
    .at(2 * MIN)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 0 })
    .at(2 * MIN + 5 * SEC)
    .add({ type: 'timer_started', endsAt: T0 + 7 * MIN + 5 * SEC })
    .at(7 * MIN)
    .add({ type: 'block_entered', blockIndex: 1 })
    .at(8 * MIN)
    .add(vote('p_ann', 'bellen'), as('p_ann'))
    .add(vote('p_bram', 'mailen'), as('p_bram'))
    .at(9 * MIN)
    .add(vote('p_anon', 'bellen'), as('p_anon'))
    .add(vote('p_bram', 'bellen'), as('p_bram'))
    .at(10 * MIN)
    .add({ type: 'answers_locked', blockId: 'peiling' })
    .add({ type: 'results_revealed', blockId: 'peiling' })
    .at(12 * MIN)
    .add({ type: 'block_entered', blockIndex: 2 })
    .at(15 * MIN)
    .add({ type: 'session_ended' }).events;
}

/** Where things happen in pollLog(). */
export const SEQ = {
  welcome: 6,
  poll: 8,
  bramChanges: 12,
  revealed: 14,
  closing: 15,
  ended: 16,
} as const;

export function roomSummary(overrides: Partial<RoomSummary>): RoomSummary {
  const createdAt = overrides.createdAt ?? T0;
  return {
    roomId: 'r_x',
    code: 'K7W4PX',
    scenarioId: 'replay-test',
    title: 'Bestuurlijke sensitiviteit',
    groupName: null,
    status: 'ended',
    createdAt,
    startedAt: createdAt,
    endedAt: T0 + 60 * MIN,
    restedMs: 0,
    participantCount: 10,
    facilitatorKey: 'fk',
    presenterKey: 'pk',
    ...overrides,
  };
}
