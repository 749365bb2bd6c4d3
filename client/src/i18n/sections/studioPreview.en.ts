import type { studioPreviewNl } from './studioPreview.nl';

/** English strings of the studio's preview. */
export const studioPreviewEn: Record<keyof typeof studioPreviewNl, string> = {
  'studio.preview.unavailable':
    'The preview appears once the programme has no problems: fix them, and you see the phone, the big screen and the console here.',
  'studio.preview.note':
    '“{title}” with sample participants: this is what the room sees. Nothing is sent from here.',
  'studio.preview.screens': 'Which screen',
  'studio.preview.phone': 'Phone',
  'studio.preview.projector': 'Big screen',
  'studio.preview.console': 'Console',
  'studio.preview.revealed': 'With the results on screen',
};
