/** Dutch strings of the studio's list of programmes. The English file must have the same keys. */
export const studioListNl = {
  'studio.list.section': 'De lijst van programma’s',
};
