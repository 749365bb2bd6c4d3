/** Dutch strings of the studio's preview. The English file must have the same keys. */
export const studioPreviewNl = {
  'studio.preview.unavailable':
    'Het voorbeeld verschijnt zodra het programma geen problemen meer heeft: los ze op, dan zie je hier de telefoon, het grote scherm en de console.',
  'studio.preview.note':
    '“{title}” met voorbeelddeelnemers: zo ziet de zaal het. Hier wordt niets verstuurd.',
  'studio.preview.screens': 'Welk scherm',
  'studio.preview.phone': 'Telefoon',
  'studio.preview.projector': 'Groot scherm',
  'studio.preview.console': 'Console',
  'studio.preview.revealed': 'Met de uitslag op het scherm',
};
