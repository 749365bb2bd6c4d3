/** Dutch strings of the studio: de formulieren per bloksoort. The English file must have the same keys. */
export const studioFormsNl = {
  'studio.forms.section': 'De formulieren per bloksoort',
};
