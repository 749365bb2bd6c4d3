import type { studioListNl } from './studioList.nl';

/** English strings of the studio's list of programmes. */
export const studioListEn: Record<keyof typeof studioListNl, string> = {
  'studio.list.section': 'The list of programmes',
};
