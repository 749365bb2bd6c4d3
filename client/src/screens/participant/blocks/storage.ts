import { AnswerSchema, mergeAnswer, type Answer } from '@samenspel/shared';
import { local, parseStored } from '../../../net/durable';

/**
 * What a phone keeps of its own answers until the server has them: typed drafts and answers
 * sent but not yet acknowledged. Both live in memory and in localStorage (net/durable.ts), so a
 * reload, a closed tab or a lost connection loses nothing, and blocked storage loses no tap. Keys name the room, the participant and the block.
 */

export interface AnswerTarget {
  code: string;
  participantId: string;
  blockId: string;
}

const keyOf = (kind: 'draft' | 'outbox', target: AnswerTarget) =>
  `samenspel.${kind}.${target.code}.${target.participantId}.${target.blockId}`;

/** Text being typed and not yet acknowledged by the server. */
export const drafts = {
  get: (target: AnswerTarget): string | null => local.get(keyOf('draft', target)),
  set: (target: AnswerTarget, text: string): void => local.set(keyOf('draft', target), text),
  forget: (target: AnswerTarget): void => local.remove(keyOf('draft', target)),
};

/** An answer on its way; `rev` grows with each submission, so an old ack clears nothing newer. */
export interface OutboxEntry {
  answer: Answer;
  rev: number;
}

function readEntry(target: AnswerTarget): OutboxEntry | null {
  const raw = local.get(keyOf('outbox', target));
  if (raw === null) return null;
  const parsed = parseStored(raw);
  if (typeof parsed !== 'object' || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  const answer = AnswerSchema.safeParse(record.answer);
  return answer.success && typeof record.rev === 'number'
    ? { answer: answer.data, rev: record.rev }
    : null;
}

export const outbox = {
  get: readEntry,
  /** Adds an answer to what waits for this block and returns everything that now waits. */
  put(target: AnswerTarget, answer: Answer): OutboxEntry {
    const previous = readEntry(target);
    const entry = { answer: mergeAnswer(previous?.answer, answer), rev: (previous?.rev ?? 0) + 1 };
    local.set(keyOf('outbox', target), JSON.stringify(entry));
    return entry;
  },
  /** The server has everything up to `rev`: forget the entry unless something newer came since. */
  settle(target: AnswerTarget, rev: number): void {
    if (readEntry(target)?.rev === rev) outbox.forget(target);
  },
  forget: (target: AnswerTarget): void => local.remove(keyOf('outbox', target)),
};
