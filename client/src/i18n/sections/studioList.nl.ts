/** Dutch strings of the studio's list of programmes. The English file must have the same keys. */
export const studioListNl = {
  'studio.list.link': 'Studio: programma’s aanpassen en samenstellen',
  'studio.list.back': 'Je workshops',
  'studio.list.title': 'Studio',
  'studio.list.intro':
    'Pas een programma aan op je groep. Maak een kopie van een sjabloon, begin leeg of importeer een YAML-bestand; elke keer dat je opslaat, bewaart de studio een nieuwe versie.',
  'studio.list.loadFailed': 'De programma’s konden niet worden geladen.',
  'studio.list.templates': 'Sjablonen',
  'studio.list.templatesIntro':
    'De programma’s die met Samenspel meekomen. Ze veranderen nooit; maak een kopie om er een eigen versie van te maken.',
  'studio.list.templatesEmpty': 'Er staan geen sjablonen op deze server.',
  'studio.list.own': 'Je eigen programma’s',
  'studio.list.ownEmpty':
    'Je hebt nog geen eigen programma’s. Maak een kopie van een sjabloon, begin met een leeg programma of importeer een bestand.',
  'studio.list.ownCount':
    '{count, plural, one {# programma, laatst gewijzigd bovenaan} other {# programma’s, laatst gewijzigd bovenaan}}',
  'studio.list.fact.minutes': 'Duur',
  'studio.list.fact.minutesValue': '{minutes} min',
  'studio.list.fact.blocks': 'Blokken',
  'studio.list.fact.changed': 'Laatst gewijzigd',
  'studio.list.fact.version': 'Versie',
  'studio.list.badge.draft':
    '{count, plural, one {Concept · # probleem} other {Concept · # problemen}}',
  'studio.list.badge.ready': 'Klaar voor een sessie',
  'studio.list.copyTemplate': 'Kopie maken om aan te passen',
  'studio.list.view': 'Bekijken',
  'studio.list.open': 'Openen',
  'studio.list.copy': 'Kopie maken',
  'studio.list.copying': 'Bezig met kopiëren…',
  'studio.list.copyNote': 'Kopie van “{title}”',
  'studio.list.export': 'Exporteren als YAML',
  'studio.list.exporting': 'Bezig met exporteren…',
  'studio.list.delete': 'Verwijderen',
  'studio.list.deleteNamed': '“{title}” verwijderen',
  'studio.list.delete.question':
    '“{title}” voorgoed verwijderen, met al zijn versies? Dit kun je niet ongedaan maken. Sessies die je ermee hebt gehouden, blijven bestaan.',
  'studio.list.delete.confirm': 'Ja, voorgoed verwijderen',
  'studio.list.notice.deleted': 'Programma “{title}” is verwijderd.',
  'studio.list.notice.deleteFailed':
    'Verwijderen van “{title}” is niet gelukt. Probeer het opnieuw.',
  'studio.list.notice.copyFailed':
    'Een kopie van “{title}” maken is niet gelukt. Probeer het opnieuw.',
  'studio.list.notice.exportFailed':
    'Exporteren van “{title}” is niet gelukt. Probeer het opnieuw.',
  'studio.list.notice.newFailed': 'Een nieuw programma maken is niet gelukt. Probeer het opnieuw.',
  'studio.list.new': 'Nieuw leeg programma',
  'studio.list.newHint': 'Begint met één informatieblok van 5 minuten, dat je meteen aanpast.',
  'studio.list.new.busy': 'Bezig met aanmaken…',
  'studio.list.new.title': 'Nieuw programma',
  'studio.list.new.blockTitle': 'Welkom',
  'studio.list.new.screen': '# Welkom\n\nTekst voor het scherm.',
  'studio.list.new.note': 'Leeg begonnen',
  'studio.list.import': 'Importeren',
  'studio.list.import.label': 'YAML-bestand (.yaml of .yml)',
  'studio.list.import.hint':
    'Bijvoorbeeld een export uit de studio of een bestand uit de map scenarios. Het wordt een nieuw eigen programma; een bestand met problemen wordt een concept.',
  'studio.list.import.busy': 'Bezig met importeren van {name}…',
  'studio.list.import.refused':
    '{name} is niet geïmporteerd: het is geen programma. Dit vond de controle:',
  'studio.list.import.draft':
    '{count, plural, one {{name} is geïmporteerd als concept met # probleem. Tot je het oplost, kun je er geen sessie mee maken. Dit vond de controle:} other {{name} is geïmporteerd als concept met # problemen. Tot je ze oplost, kun je er geen sessie mee maken. Dit vond de controle:}}',
  'studio.list.import.openDraft': 'Openen en oplossen',
  'studio.list.import.problems': 'Problemen in {name}',
  'studio.list.import.at': 'regel {line}, kolom {column}',
  'studio.list.import.tooLarge': 'Dit bestand is te groot om te importeren.',
  'studio.list.import.network': 'De server is nu niet bereikbaar. Controleer je verbinding.',
  'studio.list.import.failed': 'Importeren is niet gelukt. Probeer het opnieuw.',
  // The new-session form on the facilitator's home.
  'studio.room.templates': 'Sjablonen',
  'studio.room.own': 'Je eigen programma’s',
  'studio.room.ownOption': '{title} (gewijzigd {date})',
  'studio.room.ownOptionBlocked': '{title} (heeft nog problemen)',
  'studio.room.ownMeta':
    '{blocks, plural, one {{minutes} min · # onderdeel · versie {version}, gewijzigd {date}} other {{minutes} min · # onderdelen · versie {version}, gewijzigd {date}}}',
  'studio.room.blocked': '“{title}” heeft nog problemen',
  'studio.room.fix': 'los ze op in de studio',
  'studio.room.ownFailed':
    'Je eigen programma’s konden niet worden geladen; de sjablonen kun je wel kiezen.',
};
