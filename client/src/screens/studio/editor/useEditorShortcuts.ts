import { useEffect } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { EditorState } from '../model/editorStore';

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes every edit, Cmd on a Mac, wherever the
 * focus is, text fields included: the store coalesces the typing in one field into one step, so
 * the app's undo does what the field's own would, and also across fields, lists and blocks.
 * Fields that are not part of the programme (the note of a save, the side panels' own inputs,
 * marked data-native-undo) keep the browser's undo. Ctrl+S saves.
 */
export function useEditorShortcuts(store: StoreApi<EditorState>, onSave: () => void) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' || key === 'y') {
        if (event.target instanceof Element && event.target.closest('[data-native-undo]')) return;
        event.preventDefault();
        const state = store.getState();
        state.endTyping();
        if (key === 'y' || event.shiftKey) state.redo();
        else state.undo();
      } else if (key === 's') {
        event.preventDefault();
        onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, onSave]);
}

/** The browser asks before leaving while there are changes that are not saved. */
export function useWarnBeforeLeaving(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers want a returnValue; the text itself is the browser's own.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);
}
