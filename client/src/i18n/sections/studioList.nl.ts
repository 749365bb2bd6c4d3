/** Dutch strings of the studio's list of programmes and the new-session choice. The English file must have the same keys. */
export const studioListNl = {
  'studio.list.link': 'Studio: programma’s op maat maken',
  'studio.list.back': '← Je workshops',
  'studio.list.title': 'Studio',
  'studio.list.intro':
    'Maak een programma op maat: begin bij een sjabloon, pas het dossier aan voor je opdrachtgever, en start er een sessie mee. Elke keer opslaan bewaart een nieuwe versie.',
  'studio.list.loadFailed': 'De programma’s konden niet worden geladen.',
  'studio.list.own': 'Je eigen programma’s',
  'studio.list.ownEmpty':
    'Nog geen eigen programma’s. Maak een kopie van een sjabloon hieronder, of haal een YAML-bestand binnen.',
  'studio.list.ownMeta':
    'Versie {version} · {time} · {minutes} min · {blocks, plural, one {# blok} other {# blokken}}',
  'studio.list.draftBadge':
    '{count, plural, one {Concept: nog # probleem} other {Concept: nog # problemen}}',
  'studio.list.copy': 'Kopie maken',
  'studio.list.export': 'Exporteren als YAML',
  'studio.list.delete': 'Verwijderen',
  'studio.list.deleteNamed': '“{title}” verwijderen',
  'studio.list.deleteQuestion':
    '“{title}” en al zijn versies verwijderen? Sessies die ermee gedraaid zijn blijven in de bibliotheek.',
  'studio.list.deleteConfirm': 'Ja, verwijderen',
  'studio.list.deleteFailed': 'Verwijderen is niet gelukt.',
  'studio.list.copyFailed': 'Dat is niet gelukt. Probeer het opnieuw.',
  'studio.list.blank': 'Nieuw leeg programma',
  'studio.list.templates': 'Sjablonen',
  'studio.list.templatesIntro':
    'De programma’s die met Samenspel worden meegeleverd. Ze blijven zoals ze zijn: je past een kopie aan.',
  'studio.list.templateMeta': '{minutes} min · {blocks, plural, one {# blok} other {# blokken}}',
  'studio.list.templateCopy': 'Kopie maken om aan te passen',
  'studio.list.import': 'Een YAML-bestand binnenhalen',
  'studio.list.importIntro':
    'Een programma als bestand, bijvoorbeeld van een collega of uit pnpm scenarios:check. Met problemen wordt het een concept dat je hier oplost.',
  'studio.list.importChoose': 'Bestand kiezen',
  'studio.list.importBusy': '{name} binnenhalen…',
  'studio.list.importFailed': '{name} kon niet worden binnengehaald.',
  'studio.list.importRefused':
    '{count, plural, one {{name} is geen programma dat Samenspel kan lezen: # probleem.} other {{name} is geen programma dat Samenspel kan lezen: # problemen.}}',
  'studio.list.line': 'regel {line}',
  'studio.list.ownOption': '{title} (versie {version}, {time})',
  'studio.list.ownOptionBlocked':
    '{count, plural, one {{title} (nog # probleem)} other {{title} (nog # problemen)}}',
  'studio.list.blockedHint':
    'Een programma met problemen kan nog geen sessie worden: los ze op in de studio.',
  'studio.list.toStudio': 'Naar de studio',
};
