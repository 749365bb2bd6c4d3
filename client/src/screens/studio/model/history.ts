import type { ScenarioInput } from '@samenspel/shared';
import type { Edit } from './edits';

/** Undo steps kept; older ones fall off so a long session does not grow without end. */
export const HISTORY_LIMIT = 200;

export interface History {
  draft: ScenarioInput;
  past: readonly ScenarioInput[];
  future: readonly ScenarioInput[];
  /** The coalesceKey of the last applied edit, while further edits of it may join its step. */
  openKey: string | null;
}

export function startHistory(draft: ScenarioInput): History {
  return { draft, past: [], future: [], openKey: null };
}

/** Applies an edit; an edit that changes nothing leaves the history as it is (no empty undo step). */
export function applyEdit(history: History, edit: Edit): History {
  const next = edit.run(history.draft);
  if (next === history.draft) return history;
  const key = edit.coalesceKey ?? null;
  const joins = key !== null && key === history.openKey;
  return {
    draft: next,
    past: joins ? history.past : [...history.past, history.draft].slice(-HISTORY_LIMIT),
    future: [],
    openKey: key,
  };
}

/** Ends the open step (the field lost focus): the next keystroke there starts a new undo step. */
export function closeStep(history: History): History {
  return history.openKey === null ? history : { ...history, openKey: null };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return {
    draft: previous,
    past: history.past.slice(0, -1),
    future: [history.draft, ...history.future],
    openKey: null,
  };
}

export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { draft: next, past: [...history.past, history.draft], future: rest, openKey: null };
}
