/** Dutch strings of the studio: het draaiboek, de versies en de werkvormen. The English file must have the same keys. */
export const studioPlannerNl = {
  'studio.planner.section': 'Het draaiboek, de versies en de werkvormen',

  'studio.planner.runsheet.heading': 'Draaiboek',
  'studio.planner.runsheet.start': 'Starttijd',
  'studio.planner.runsheet.startHint':
    'Uur en minuten, bijvoorbeeld 09:30. De tijden in het draaiboek rekenen vanaf hier.',
  'studio.planner.runsheet.startInvalid':
    'Dit is nog geen tijd van de dag; tot die er staat, rekent het draaiboek vanaf {start}.',
  'studio.planner.runsheet.col.time': 'Tijd',
  'studio.planner.runsheet.col.block': 'Onderdeel',
  'studio.planner.runsheet.col.minutes': 'Duur',
  'studio.planner.runsheet.minutes': '{minutes} min',
  'studio.planner.runsheet.noNotes': 'Nog geen notities voor de trainer.',
  'studio.planner.runsheet.empty': 'Dit programma heeft nog geen blokken.',
  'studio.planner.runsheet.total': 'Totaal {total} min, doel {target} min',
  'studio.planner.runsheet.over': '{minutes} min over het doel',
  'studio.planner.runsheet.under': '{minutes} min onder het doel',
  'studio.planner.runsheet.onTarget': 'Precies op het doel',
  'studio.planner.runsheet.ends': 'Klaar om {end}',
  'studio.planner.runsheet.print': 'Print draaiboek',

  'studio.planner.print.heading': 'Draaiboek afdrukken',
  'studio.planner.print.intro':
    'Zo komt het draaiboek op papier (A4). Kies de taal en de datum van de sessie en druk af. Met Escape ga je terug naar de editor.',
  'studio.planner.print.language': 'Taal van het draaiboek',
  'studio.planner.print.date': 'Datum van de sessie',
  'studio.planner.print.print': 'Afdrukken',
  'studio.planner.print.close': 'Terug naar de editor',

  'studio.planner.paper.kicker': 'Draaiboek',
  'studio.planner.paper.dateLine': '{date} · {start}–{end}',
  'studio.planner.paper.noDate': 'Datum: ____________',
  'studio.planner.paper.blocks': '{count, plural, one {# onderdeel} other {# onderdelen}}',
  'studio.planner.paper.audience': 'Voor:',
  'studio.planner.paper.materials': 'Materiaal',
  'studio.planner.paper.col.notes': 'Notities voor de trainer',
};
