import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { Answer } from '@samenspel/shared';
import { useLatest } from '../../../hooks/useLatest';
import { useRoomStore } from '../../../state/roomStore';
import { SendContext } from './sendContext';
import { outbox, type AnswerTarget } from './storage';

/** What the phone says about an answer: nothing yet, on its way, waiting for a network, in, or refused. */
export type AnswerState = 'idle' | 'sending' | 'pending' | 'sent' | 'failed';

/** Refusals that no retry will change: the question closed or moved on, or the answer is wrong. */
const FINAL_REFUSALS = new Set([
  'invalid_state',
  'invalid_payload',
  'room_ended',
  'room_resting',
  'unknown_block',
]);

export interface AnswerSender {
  state: AnswerState;
  /** Sends the answer (with anything for this block still unsent); resolves true once it is in. */
  submit(answer: Answer): Promise<boolean>;
  /** Something is still waiting to be sent again (a refusal that a retry may change). */
  retryable: boolean;
  /** Sends again what is still waiting, after a refusal or when the server did not answer. */
  retry(): void;
}

/**
 * Sends a block's answers through the command queue and keeps each one in the outbox until the
 * server has it, so a reload while offline sends it on the next visit.
 */
export function useAnswerSender(
  target: AnswerTarget,
  {
    saved,
    locked,
    onRefused,
  }: {
    saved: boolean;
    locked: boolean;
    /** The server refused the answer for good: what was tapped here must not look chosen. */
    onRefused?: () => void;
  },
): AnswerSender {
  const refusedRef = useLatest(onRefused);
  const send = useContext(SendContext);
  const online = useRoomStore((state) => state.status === 'online');
  const [inFlight, setInFlight] = useState(0);
  const [last, setLast] = useState<'ok' | 'failed' | null>(null);
  const { code, participantId, blockId } = target;

  const sendWaiting = useCallback(async (): Promise<boolean> => {
    const where = { code, participantId, blockId };
    const entry = outbox.get(where);
    if (entry === null) return false;
    setInFlight((n) => n + 1);
    const outcome = await send({ type: 'answer', blockId, answer: entry.answer });
    setInFlight((n) => n - 1);
    if (outcome.ok) {
      outbox.settle(where, entry.rev);
      setLast('ok');
      return true;
    }
    // A closed connection is being replaced: the outbox keeps the answer for the next one.
    if (outcome.error.code === 'closed') return false;
    if (FINAL_REFUSALS.has(outcome.error.code)) {
      outbox.settle(where, entry.rev);
      // Unless a newer tap is already on its way: that one's own answer decides what shows.
      if (outbox.get(where) === null) refusedRef.current?.();
    }
    setLast('failed');
    return false;
  }, [send, code, participantId, blockId, refusedRef]);

  // After a reload: whatever was sent but never acknowledged goes out again, once, as soon as
  // the phone is online (a reload on dead Wi-Fi shows the last view before any connection). A
  // tap before that takes the waiting answer along, so nothing is sent twice.
  const resent = useRef(false);
  const submit = useCallback(
    (answer: Answer) => {
      resent.current = true;
      outbox.put({ code, participantId, blockId }, answer);
      return sendWaiting();
    },
    [sendWaiting, code, participantId, blockId],
  );

  useEffect(() => {
    if (resent.current || !online) return;
    resent.current = true;
    if (locked) outbox.forget({ code, participantId, blockId });
    else void sendWaiting();
  }, [online, locked, sendWaiting, code, participantId, blockId]);

  const state: AnswerState =
    inFlight > 0
      ? online
        ? 'sending'
        : 'pending'
      : last === 'failed'
        ? 'failed'
        : last === 'ok' || saved
          ? 'sent'
          : 'idle';

  return {
    state,
    submit,
    retryable: state === 'failed' && outbox.get(target) !== null,
    retry: () => void sendWaiting(),
  };
}
