/**
 * Dutch strings for who may be in the room: closing it to new participants, taking someone
 * out, and what the phones and the projector say about both. The English file has the same keys.
 */
export const membershipNl = {
  'membership.open': 'Nieuwe deelnemers kunnen meedoen.',
  'membership.closedSince': 'Gesloten voor nieuwe deelnemers sinds {time}.',
  'membership.closedHint': 'Wie al meedoet, komt gewoon terug in de sessie.',
  'membership.close': 'Sluiten voor nieuwe deelnemers',
  'membership.reopen': 'Weer openstellen',
  'membership.closedTag': 'gesloten',
  'membership.remove': 'Verwijderen',
  'membership.removeLabel': '{name} verwijderen',
  'membership.removeQuestion':
    '{name} uit de sessie halen? De antwoorden van deze deelnemer tellen dan nergens meer mee. Anonieme reflecties blijven staan; die kun je zo nodig verbergen. Dit kun je niet terugdraaien.',
  'membership.removeConfirm': 'Ja, uit de sessie halen',
  'membership.removedCount':
    '{count, plural, one {# deelnemer uit de sessie gehaald} other {# deelnemers uit de sessie gehaald}}',

  'membership.phone.closed': 'Deze sessie neemt geen nieuwe deelnemers meer aan.',
  'membership.phone.closedHint':
    'De workshopleider heeft de deur even dichtgedaan. Gaat die weer open, dan verschijnt het aanmeldformulier hier vanzelf.',
  'membership.phone.removed': 'De workshopleider heeft je uit deze sessie gehaald.',
  'membership.phone.removedHint':
    'Je antwoorden tellen niet meer mee; een anonieme reflectie blijft zonder naam staan. Denk je dat dit een vergissing is? Spreek de workshopleider even aan.',
  'membership.phone.joinAsNew': 'Als nieuwe deelnemer aanmelden',

  'membership.presenter.closed': 'Deze sessie is gesloten voor nieuwe deelnemers',
  'membership.presenter.closedHint': 'Wie al meedoet, kan gewoon verder op de eigen telefoon.',

  'presence.removed': 'verwijderd',
  'error.participant_removed': 'De workshopleider heeft je uit deze sessie gehaald.',
  'error.unknown_participant': 'Die deelnemer doet niet mee in deze sessie.',
  'error.room_closed': 'Deze sessie neemt geen nieuwe deelnemers meer aan.',
  'replay.event.participant_removed': 'Deelnemer verwijderd',
  'replay.event.joins_closed': 'Gesloten voor nieuwe deelnemers',
  'replay.event.joins_opened': 'Weer open voor nieuwe deelnemers',
} as const satisfies Record<string, string>;
