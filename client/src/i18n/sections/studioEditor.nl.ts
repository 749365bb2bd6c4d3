/** Dutch strings of the studio: de programma-editor. The English file must have the same keys. */
export const studioEditorNl = {
  'studio.editor.section': 'De programma-editor',
};
