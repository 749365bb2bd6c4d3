/**
 * Dutch strings for the ways in and out of a workshop: the landing's way back, the new-session
 * page, the co-facilitator link, the console's layout and its end. English has the same keys.
 */
export const waysNl = {
  'landing.return': 'Terug naar je workshop',
  'landing.returnHint': 'Je doet nog mee aan {title}.',

  'facilitator.description': 'Over dit programma',
  'facilitator.copyLink': 'Kopieer link',
  'facilitator.copyLinkLabel': 'Kopieer link voor een medebegeleider van {title}',
  'facilitator.copied': 'Link gekopieerd',
  'facilitator.copyFailed': 'Kopiëren lukt hier niet. Selecteer de link en kopieer hem zelf:',

  'console.people': 'Wie is er',
  'console.agendaScroll': 'Onderdelen van het programma',
  'console.participantsScroll': 'Lijst van deelnemers',
  'console.session': 'Sessie',
  'console.ended.next':
    'Bekijk wat er is gebeurd in het verslag, of ga naar de bibliotheek om de sessie terug te kijken en te exporteren.',
  'console.ended.report': 'Verslag openen',
  'console.ended.reportHint':
    'Met pseudoniemen; wil je de namen erin, kies dat dan in de bibliotheek.',
  'console.ended.reportFailed': 'Het verslag openen lukt nu niet. Probeer het opnieuw.',
  'console.ended.library': 'Naar de bibliotheek',
  'console.ended.replay': 'Sessie terugkijken',
} as const satisfies Record<string, string>;
