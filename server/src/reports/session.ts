import {
  answerRulesFor,
  foldRoom,
  pseudonymizeLog,
  redactLog,
  sessionSpan,
  visitSpans,
  type RoomEvent,
  type RoomState,
  type VisitSpan,
} from '@samenspel/shared';

/** A span in which the room took no new participants. */
export interface JoinsClosing {
  closedAt: number;
  openedAt: number | null;
}

/** When an answer (or one item of it) was last given, and how often it was changed before. */
export interface AnswerTrace {
  at: number;
  changes: number;
}

/**
 * A session as the exports and the report read it: the room folded from its redacted log (so an
 * anonymous reflection carries no author), with pseudonyms unless names were asked for, plus the
 * answer times and visit lengths the state itself does not keep.
 */
export interface SessionRecord {
  state: RoomState;
  names: boolean;
  /** How a participant appears: their name, a pseudonym, or "Anoniem (deelnemer n)". */
  label(participantId: string): string;
  /** Their place in the join order, from 1; null for anyone who is not a participant. */
  number(participantId: string): number | null;
  /** The trace of an answer; `item` is a scale or stellingenlijst item, omitted for the rest. */
  trace(blockId: string, participantId: string, item?: string): AnswerTrace | null;
  visits: VisitSpan[];
  /** Each time the facilitator closed the room to new joins, and when it opened again (if it did). */
  closings: JoinsClosing[];
  /** The session's start and end (or now, while it runs), as `sessionSpan` defines them. */
  startAt: number | null;
  endAt: number;
}

export function readSession(
  events: readonly RoomEvent[],
  options: { names: boolean; now: number },
): SessionRecord {
  // Redaction first, always: pseudonyms are given to the redacted log.
  const redacted = redactLog(events);
  const log = options.names ? redacted : pseudonymizeLog(redacted);
  const state = foldRoom(log);

  const traces = new Map<string, AnswerTrace>();
  const previous = new Map<string, string>();
  const note = (key: string, value: string, at: number) => {
    const before = previous.get(key);
    if (before === value) return;
    const trace = traces.get(key);
    traces.set(key, { at, changes: trace && before !== undefined ? trace.changes + 1 : 0 });
    previous.set(key, value);
  };
  const closings: JoinsClosing[] = [];
  for (const event of log) {
    if (event.type === 'joins_closed') closings.push({ closedAt: event.at, openedAt: null });
    if (event.type === 'joins_opened' && closings.length > 0) closings.at(-1)!.openedAt = event.at;
    if (event.type !== 'answer_submitted') continue;
    const base = `${event.blockId}\u0000${event.participantId}`;
    for (const [item, value] of answerRulesFor(event.answer.kind).cells(event.answer)) {
      note(item === null ? base : `${base}\u0000${item}`, value, event.at);
    }
  }

  const numbers = new Map(state.participantOrder.map((id, i) => [id, i + 1]));
  const span = sessionSpan(state, Math.max(options.now, state.lastEventAt));
  const endAt = span?.endAt ?? state.endedAt ?? Math.max(options.now, state.lastEventAt);
  const visits = visitSpans(state.visits, endAt);

  return {
    state,
    names: options.names,
    label(participantId) {
      const participant = state.participants[participantId];
      const n = numbers.get(participantId);
      if (!participant || n === undefined) return '';
      return participant.name ?? `Anoniem (deelnemer ${n})`;
    },
    number: (participantId) => numbers.get(participantId) ?? null,
    trace(blockId, participantId, item) {
      const key = `${blockId}\u0000${participantId}${item === undefined ? '' : `\u0000${item}`}`;
      return traces.get(key) ?? null;
    },
    visits,
    closings,
    startAt: span?.startAt ?? null,
    endAt,
  };
}
