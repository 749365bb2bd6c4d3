import { useState } from 'react';
import type { AnswerSender } from './useAnswerSender';
import { useAnswerSender } from './useAnswerSender';
import type { AnswerTarget } from './storage';
import type { Mine } from './types';

export interface ScaleAnswers {
  /** The server's values with this phone's taps on top. */
  values: Readonly<Record<string, number>>;
  choose(itemId: string, value: number): void;
  /** Several items at once (a self-test carried in), sent as one answer. */
  chooseAll(values: Readonly<Record<string, number>>): void;
  sender: AnswerSender;
}

/**
 * Answers given item by item (scale, stellingenlijst): each tap sends just that item, which the
 * server merges into what it has; a tap shows at once, before the round trip.
 */
export function useScaleAnswers(
  kind: 'scale' | 'statements',
  mine: Mine,
  target: AnswerTarget,
): ScaleAnswers {
  const saved = mine.answer?.kind === kind ? mine.answer.values : null;
  const [local, setLocal] = useState<Record<string, number>>({});
  const sender = useAnswerSender(target, {
    saved: saved !== null,
    locked: mine.locked,
    // Refused (the question closed meanwhile): show again what the server holds, not the taps.
    onRefused: () => setLocal({}),
  });
  const choose = (itemId: string, value: number) => {
    // The fieldset is disabled when closed; this also holds where a browser lets a tap through.
    if (mine.locked) return;
    setLocal((current) => ({ ...current, [itemId]: value }));
    void sender.submit({ kind, values: { [itemId]: value } });
  };
  const chooseAll = (values: Readonly<Record<string, number>>) => {
    if (mine.locked || Object.keys(values).length === 0) return;
    setLocal((current) => ({ ...current, ...values }));
    void sender.submit({ kind, values: { ...values } });
  };
  return { values: { ...saved, ...local }, choose, chooseAll, sender };
}
