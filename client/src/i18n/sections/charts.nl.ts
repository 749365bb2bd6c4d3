/** Dutch strings of the charts and the ideal types. The English file must have the same keys. */
export const chartsNl = {
  'type.bureaucraat': 'Bureaucraat',
  'type.ondernemer': 'Ondernemer',
  'type.verbinder': 'Verbinder',
  'type.bureaucraat.short':
    'Regels, zorgvuldigheid en rechtsgelijkheid: betrouwbaar binnen de kaders.',
  'type.ondernemer.short':
    'Initiatief, resultaat en vernieuwing: zoekt ruimte en durft risico te nemen.',
  'type.verbinder.short':
    'Relaties, netwerk en maatschappelijke waarde: werkt samen met de omgeving.',
  'ternary.legend.you': 'Jij',
  'ternary.legend.member': 'Een deelnemer',
  'ternary.legend.mean': 'Gemiddelde van de groep',
  'ternary.legend.earlier': 'Gemiddelde van de vorige meting',
  'ternary.describe.earlier':
    'Bij de vorige meting: Bureaucraat {bureaucraat}%, Ondernemer {ondernemer}%, Verbinder {verbinder}%.',
  'ternary.describe.profile':
    'Jouw profiel: Bureaucraat {bureaucraat}%, Ondernemer {ondernemer}%, Verbinder {verbinder}%.',
  'ternary.describe.mean':
    'Groepsgemiddelde: Bureaucraat {bureaucraat}%, Ondernemer {ondernemer}%, Verbinder {verbinder}%.',
  'ternary.describe.spread':
    '{count, plural, one {# deelnemer} other {# deelnemers}}. Het dichtst bij de Bureaucraat: {bureaucraat}, bij de Ondernemer: {ondernemer}, bij de Verbinder: {verbinder}.',
  'ternary.empty': 'Nog geen profielen.',
  'poll.count': '{count} ({percent}%)',
  'poll.legend': 'Stemmen per antwoord, met het aandeel van wie stemde',
  'poll.respondents': '{count, plural, one {# deelnemer stemde} other {# deelnemers stemden}}',
  'scale.mean': 'gemiddeld {mean}',
  'scale.noAnswers': 'nog geen antwoorden',
  'scale.disagree': 'Helemaal oneens',
  'scale.agree': 'Helemaal eens',
  'scale.point': '{value}: {count}',
} as const satisfies Record<string, string>;
