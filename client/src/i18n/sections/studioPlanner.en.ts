import type { studioPlannerNl } from './studioPlanner.nl';

/** English strings of the studio's run sheet, version history and methods. */
export const studioPlannerEn: Record<keyof typeof studioPlannerNl, string> = {
  'studio.planner.section': 'The run sheet, versions and methods',

  'studio.planner.runsheet.heading': 'Run sheet',
  'studio.planner.runsheet.start': 'Start time',
  'studio.planner.runsheet.startHint':
    'Hours and minutes, for example 09:30. The times on the run sheet count from here.',
  'studio.planner.runsheet.startInvalid':
    'This is not a time of day yet; until it is, the run sheet counts from {start}.',
  'studio.planner.runsheet.col.time': 'Time',
  'studio.planner.runsheet.col.block': 'Part',
  'studio.planner.runsheet.col.minutes': 'Length',
  'studio.planner.runsheet.minutes': '{minutes} min',
  'studio.planner.runsheet.noNotes': 'No notes for the trainer yet.',
  'studio.planner.runsheet.empty': 'This programme has no blocks yet.',
  'studio.planner.runsheet.total': 'Total {total} min, target {target} min',
  'studio.planner.runsheet.over': '{minutes} min over the target',
  'studio.planner.runsheet.under': '{minutes} min under the target',
  'studio.planner.runsheet.onTarget': 'Exactly on target',
  'studio.planner.runsheet.ends': 'Ends at {end}',
  'studio.planner.runsheet.print': 'Print run sheet',

  'studio.planner.print.heading': 'Print the run sheet',
  'studio.planner.print.intro':
    'This is the run sheet as it goes on paper (A4). Choose the language and the date of the session, then print. Escape takes you back to the editor.',
  'studio.planner.print.language': 'Language of the run sheet',
  'studio.planner.print.date': 'Date of the session',
  'studio.planner.print.print': 'Print',
  'studio.planner.print.close': 'Back to the editor',

  'studio.planner.paper.kicker': 'Run sheet',
  'studio.planner.paper.dateLine': '{date} · {start}–{end}',
  'studio.planner.paper.noDate': 'Date: ____________',
  'studio.planner.paper.blocks': '{count, plural, one {# part} other {# parts}}',
  'studio.planner.paper.audience': 'For:',
  'studio.planner.paper.materials': 'Materials',
  'studio.planner.paper.col.notes': 'Notes for the trainer',
};
