import type { studioPlannerNl } from './studioPlanner.nl';

/** English strings of the studio's run sheet, version history and methods. */
export const studioPlannerEn: Record<keyof typeof studioPlannerNl, string> = {
  'studio.planner.section': 'The run sheet, versions and methods',
};
