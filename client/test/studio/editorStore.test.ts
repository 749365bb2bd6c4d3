import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/screens/studio/model/editorStore';
import { addBlock, removeBlock, setField } from '../../src/screens/studio/model/edits';
import { HISTORY_LIMIT } from '../../src/screens/studio/model/history';
import { sampleDraft } from './studioFixtures';

const titlePath = ['blocks', 0, 'title'];
const title = (store: ReturnType<typeof createEditorStore>) =>
  store.getState().history.draft.blocks[0]?.title;

describe('editor store', () => {
  it('starts clean, with the first block selected and nothing to undo', () => {
    const store = createEditorStore(sampleDraft());
    const state = store.getState();
    expect(state.dirty).toBe(false);
    expect(state.selectedBlockId).toBe('welkom');
    expect(state.canUndo).toBe(false);
    expect(state.canRedo).toBe(false);
  });

  it('undo and redo bring back the exact drafts, step by step', () => {
    const initial = sampleDraft();
    const store = createEditorStore(initial);
    const snapshot = structuredClone(initial);
    store.getState().apply(setField(['title'], 'Nieuwe titel'));
    const afterTitle = store.getState().history.draft;
    store.getState().apply(removeBlock('pauze'));
    const afterRemove = store.getState().history.draft;

    store.getState().undo();
    expect(store.getState().history.draft).toBe(afterTitle);
    store.getState().undo();
    expect(store.getState().history.draft).toBe(initial);
    expect(store.getState().history.draft).toEqual(snapshot);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().canUndo).toBe(false);

    store.getState().redo();
    store.getState().redo();
    expect(store.getState().history.draft).toBe(afterRemove);
    expect(store.getState().dirty).toBe(true);
    expect(store.getState().canRedo).toBe(false);
  });

  it('typing in one field is one undo step; leaving the field starts the next one', () => {
    const store = createEditorStore(sampleDraft());
    for (const typed of ['W', 'We', 'Wel', 'Welk'])
      store.getState().apply(setField(titlePath, typed));
    expect(title(store)).toBe('Welk');
    store.getState().endTyping();
    store.getState().apply(setField(titlePath, 'Welkom!'));

    store.getState().undo();
    expect(title(store)).toBe('Welk');
    store.getState().undo();
    expect(title(store)).toBe('Nieuw informatieblok');
    expect(store.getState().canUndo).toBe(false);
  });

  it('typing in another field, or any other edit in between, starts a new step', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(setField(titlePath, 'Een'));
    store.getState().apply(setField(['title'], 'Programma'));
    store.getState().apply(setField(titlePath, 'Een twee'));
    store.getState().undo();
    expect(title(store)).toBe('Een');
    expect(store.getState().history.draft.title).toBe('Programma');
  });

  it('a new edit after undo drops the steps that could have been redone', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(setField(titlePath, 'Een'));
    store.getState().undo();
    store.getState().apply(setField(['title'], 'Anders'));
    expect(store.getState().canRedo).toBe(false);
    store.getState().redo();
    expect(title(store)).toBe('Nieuw informatieblok');
  });

  it('an edit that changes nothing adds no undo step and leaves the draft clean', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(removeBlock('bestaat-niet'));
    expect(store.getState().canUndo).toBe(false);
    expect(store.getState().dirty).toBe(false);
  });

  it('selects a new block, and lets go of a deleted one', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(addBlock('poll', 'welkom'));
    expect(store.getState().selectedBlockId).toBe('poll');
    store.getState().apply(removeBlock('poll'));
    expect(store.getState().selectedBlockId).toBeNull();
    store.getState().select('bestaat-niet');
    expect(store.getState().selectedBlockId).toBeNull();
  });

  it('is clean again after saving, and dirty after the next edit', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(setField(['title'], 'Bewaard'));
    store.getState().markSaved(store.getState().history.draft);
    expect(store.getState().dirty).toBe(false);
    store.getState().undo();
    expect(store.getState().dirty).toBe(true);
  });

  it('keeps a bounded number of undo steps', () => {
    const store = createEditorStore(sampleDraft());
    for (let i = 0; i < HISTORY_LIMIT + 10; i += 1) {
      store.getState().apply(setField(['minutes'], i + 100));
      store.getState().endTyping();
    }
    expect(store.getState().history.past.length).toBe(HISTORY_LIMIT);
  });
});

describe('editor store, dirty flag', () => {
  it('is clean again when typing returns a field to its saved text', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(setField(titlePath, 'Nieuw informatieblokje'));
    expect(store.getState().dirty).toBe(true);
    store.getState().apply(setField(titlePath, 'Nieuw informatieblok'));
    expect(store.getState().dirty).toBe(false);
  });

  it('starts over with a loaded programme: clean, no history', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().apply(setField(['title'], 'Iets'));
    const other = { ...sampleDraft(), id: 'ander' };
    store.getState().load(other);
    expect(store.getState().history.draft).toBe(other);
    expect(store.getState().dirty).toBe(false);
    expect(store.getState().canUndo).toBe(false);
  });
});
