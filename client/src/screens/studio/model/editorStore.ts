import type { ScenarioInput } from '@samenspel/shared';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Edit } from './edits';
import { applyEdit, closeStep, redo, startHistory, undo, type History } from './history';

export interface EditorState {
  history: History;
  /** The draft as last saved (or loaded); dirty is "the draft differs from this one". */
  saved: ScenarioInput;
  selectedBlockId: string | null;
  dirty: boolean;
  canUndo: boolean;
  canRedo: boolean;
  apply(edit: Edit): void;
  endTyping(): void;
  undo(): void;
  redo(): void;
  select(blockId: string | null): void;
  /** The server accepted this draft: it becomes the clean state. */
  markSaved(draft: ScenarioInput): void;
  /** A different programme (or the server's copy) replaces everything, history included. */
  load(draft: ScenarioInput): void;
}

/** A selection that still names a block of the draft, else nothing. */
function keptSelection(draft: ScenarioInput, selected: string | null): string | null {
  return selected !== null && draft.blocks.some((block) => block.id === selected) ? selected : null;
}

/**
 * The selection after an edit: the same block, followed through a change of its own id (the
 * trainer typing in the id field renames it at every keystroke, and the form must stay open),
 * which shows as the same number of blocks with another id at the selected block's place.
 */
function followedSelection(
  before: ScenarioInput,
  after: ScenarioInput,
  selected: string | null,
): string | null {
  const kept = keptSelection(after, selected);
  if (kept !== null || selected === null || before.blocks.length !== after.blocks.length)
    return kept;
  const index = before.blocks.findIndex((block) => block.id === selected);
  const renamed = index >= 0 ? after.blocks[index]?.id : undefined;
  return typeof renamed === 'string' ? renamed : null;
}

/**
 * Typing a word and then deleting it gives a new draft equal to the saved one: the trainer expects
 * "nothing unsaved" then. Comparing references first keeps the usual case cheap.
 */
function isDirty(draft: ScenarioInput, saved: ScenarioInput): boolean {
  return draft !== saved && JSON.stringify(draft) !== JSON.stringify(saved);
}

function derived(history: History, saved: ScenarioInput) {
  return {
    history,
    dirty: isDirty(history.draft, saved),
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
  };
}

/** One store per open programme; a vanilla store so the model runs (and is tested) without React. */
export function createEditorStore(initial: ScenarioInput): StoreApi<EditorState> {
  return createStore<EditorState>()((set, get) => ({
    ...derived(startHistory(initial), initial),
    saved: initial,
    selectedBlockId: initial.blocks[0]?.id ?? null,
    apply(edit) {
      const { history, saved, selectedBlockId } = get();
      const next = applyEdit(history, edit);
      if (next === history) return;
      const wanted = edit.selects?.(next.draft);
      set({
        ...derived(next, saved),
        selectedBlockId:
          wanted === undefined
            ? followedSelection(history.draft, next.draft, selectedBlockId)
            : keptSelection(next.draft, wanted),
      });
    },
    endTyping() {
      set({ history: closeStep(get().history) });
    },
    undo() {
      const { history, saved, selectedBlockId } = get();
      const next = undo(history);
      set({
        ...derived(next, saved),
        selectedBlockId: followedSelection(history.draft, next.draft, selectedBlockId),
      });
    },
    redo() {
      const { history, saved, selectedBlockId } = get();
      const next = redo(history);
      set({
        ...derived(next, saved),
        selectedBlockId: followedSelection(history.draft, next.draft, selectedBlockId),
      });
    },
    select(blockId) {
      set({ selectedBlockId: keptSelection(get().history.draft, blockId) });
    },
    markSaved(draft) {
      set({ saved: draft, dirty: isDirty(get().history.draft, draft) });
    },
    load(draft) {
      set({
        ...derived(startHistory(draft), draft),
        saved: draft,
        selectedBlockId: draft.blocks[0]?.id ?? null,
      });
    },
  }));
}
