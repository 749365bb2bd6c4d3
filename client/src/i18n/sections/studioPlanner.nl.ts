/** Dutch strings of the studio: het draaiboek, de versies en de werkvormen. The English file must have the same keys. */
export const studioPlannerNl = {
  'studio.planner.section': 'Het draaiboek, de versies en de werkvormen',
};
