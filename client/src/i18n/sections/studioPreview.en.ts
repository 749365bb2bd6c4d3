import type { studioPreviewNl } from './studioPreview.nl';

/** English strings of the studio's preview. */
export const studioPreviewEn: Record<keyof typeof studioPreviewNl, string> = {
  'studio.preview.section': 'The preview',
};
