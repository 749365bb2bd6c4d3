import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../src/screens/studio/model/editorStore';
import { removeBlock, setField } from '../../src/screens/studio/model/edits';
import { sampleDraft } from './studioFixtures';

describe('the selection follows a block whose id the trainer edits', () => {
  it('keeps the renamed block selected at every keystroke, even through an empty id', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().select('peiling');
    for (const typed of ['', 's', 'st', 'stemming']) {
      store.getState().apply(setField(['blocks', 1, 'id'], typed));
      expect(store.getState().selectedBlockId).toBe(typed);
    }
    // Undo and redo rename it back and forth, and it stays the block on screen.
    store.getState().undo();
    expect(store.getState().selectedBlockId).toBe('peiling');
    store.getState().redo();
    expect(store.getState().selectedBlockId).toBe('stemming');
  });

  it('still lets go of a deleted block', () => {
    const store = createEditorStore(sampleDraft());
    store.getState().select('peiling');
    store.getState().apply(removeBlock('peiling'));
    expect(store.getState().selectedBlockId).toBeNull();
  });
});
