/** Dutch strings of the studio: de voorvertoning. The English file must have the same keys. */
export const studioPreviewNl = {
  'studio.preview.section': 'De voorvertoning',
};
