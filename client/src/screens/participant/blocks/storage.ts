import { AnswerSchema, type Answer } from '@samenspel/shared';

/**
 * What a phone keeps of its own answers until the server has them: typed drafts and answers
 * sent but not yet acknowledged. Both live in localStorage, so a reload, a closed tab or a
 * lost connection loses nothing. Keys name the room, the participant and the block.
 */

export interface AnswerTarget {
  code: string;
  participantId: string;
  blockId: string;
}

const keyOf = (kind: 'draft' | 'outbox', target: AnswerTarget) =>
  `samenspel.${kind}.${target.code}.${target.participantId}.${target.blockId}`;

function safely<T>(action: () => T, fallback: T): T {
  try {
    return action();
  } catch {
    // Storage can be unavailable (private mode, quota); the page then works without it.
    return fallback;
  }
}

/** Text being typed and not yet acknowledged by the server. */
export const drafts = {
  get: (target: AnswerTarget): string | null =>
    safely(() => localStorage.getItem(keyOf('draft', target)), null),
  set: (target: AnswerTarget, text: string): void =>
    safely(() => localStorage.setItem(keyOf('draft', target), text), undefined),
  forget: (target: AnswerTarget): void =>
    safely(() => localStorage.removeItem(keyOf('draft', target)), undefined),
};

/** An answer on its way; `rev` grows with each submission, so an old ack clears nothing newer. */
export interface OutboxEntry {
  answer: Answer;
  rev: number;
}

function readEntry(target: AnswerTarget): OutboxEntry | null {
  const raw = safely(() => localStorage.getItem(keyOf('outbox', target)), null);
  if (raw === null) return null;
  const parsed = safely<unknown>(() => JSON.parse(raw), null);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  const answer = AnswerSchema.safeParse(record.answer);
  return answer.success && typeof record.rev === 'number'
    ? { answer: answer.data, rev: record.rev }
    : null;
}

/** Scale and statements are answered item by item: unsent items add up, later taps win. */
function merge(previous: Answer | undefined, next: Answer): Answer {
  if (next.kind === 'scale' && previous?.kind === 'scale') {
    return { kind: 'scale', values: { ...previous.values, ...next.values } };
  }
  if (next.kind === 'statements' && previous?.kind === 'statements') {
    return { kind: 'statements', values: { ...previous.values, ...next.values } };
  }
  return next;
}

export const outbox = {
  get: readEntry,
  /** Adds an answer to what waits for this block and returns everything that now waits. */
  put(target: AnswerTarget, answer: Answer): OutboxEntry {
    const previous = readEntry(target);
    const entry = { answer: merge(previous?.answer, answer), rev: (previous?.rev ?? 0) + 1 };
    safely(() => localStorage.setItem(keyOf('outbox', target), JSON.stringify(entry)), undefined);
    return entry;
  },
  /** The server has everything up to `rev`: forget the entry unless something newer came since. */
  settle(target: AnswerTarget, rev: number): void {
    if (readEntry(target)?.rev === rev) outbox.forget(target);
  },
  forget: (target: AnswerTarget): void =>
    safely(() => localStorage.removeItem(keyOf('outbox', target)), undefined),
};
