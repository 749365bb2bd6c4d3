import type { studioEditorNl } from './studioEditor.nl';

/** English strings of the studio's editor. */
export const studioEditorEn: Record<keyof typeof studioEditorNl, string> = {
  'studio.editor.section': 'The programme editor',
};
