import type { studioFormsNl } from './studioForms.nl';

/** English strings of the studio's forms per block kind. */
export const studioFormsEn: Record<keyof typeof studioFormsNl, string> = {
  'studio.forms.section': 'The forms per block kind',
};
