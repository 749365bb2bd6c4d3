import type { presenterNl } from './presenter.nl';

/** English strings of the presenter screens; typed so a key missing from Dutch or English fails to compile. */
export const presenterEn: Record<keyof typeof presenterNl, string> = {
  'presenter.progress': 'Part {n} of {m}',

  'presenter.timer.idle': 'Not started yet',
  'presenter.timer.paused': 'Paused',
  'presenter.timer.expired': "Time's up",

  'presenter.lens.label': 'Perspective',
  'presenter.lens.bureaucraat': 'Through the eyes of the Bureaucrat',
  'presenter.lens.ondernemer': 'Through the eyes of the Entrepreneur',
  'presenter.lens.verbinder': 'Through the eyes of the Connector',
  'presenter.lens.bestuurder': 'Through the eyes of the administrator',
  'presenter.lens.ambtenaar': 'Through the eyes of the civil servant',
  'presenter.case': 'The case',
  'presenter.casePage': 'page {n} of {m}',

  'presenter.poll.multiple': 'More than one answer allowed',
  'presenter.poll.single': 'Choose one answer',
  'presenter.poll.options': 'The answers',
  'presenter.answered.poll':
    '{complete, plural, one {# of {members} has voted} other {# of {members} have voted}}',
  'presenter.answered.scale':
    '{complete, plural, one {# of {members} has finished} other {# of {members} have finished}}',
  'presenter.answered.statements':
    '{complete, plural, one {# of {members} has finished the list} other {# of {members} have finished the list}}',
  'presenter.answered.reflection':
    '{complete, plural, one {# of {members} has written something} other {# of {members} have written something}}',
  'presenter.answered.intentions':
    '{complete, plural, one {# of {members} has an intention} other {# of {members} have an intention}}',
  'presenter.answered.practice':
    '{complete, plural, one {# of {members} has sent in a case} other {# of {members} have sent in a case}}',
  'presenter.answered.visit':
    '{complete, plural, one {# of {members} has saved an agreement} other {# of {members} have saved an agreement}}',
  'presenter.visit.pairs': '{count, plural, one {# pair} other {# pairs}}',
  'presenter.visit.pending': 'The pairs will be made in a moment',
  'presenter.visit.phone': 'Your phone shows who you are visiting with.',
  'presenter.visit.chosen': 'Find a partner and save the agreement together.',
  'presenter.practice.shortlist': 'Which case shall we play?',
  'presenter.practice.votes': '{count, plural, =0 {no votes yet} one {# vote} other {# votes}}',
  'presenter.practice.chosen': 'The case we play',
  'presenter.answered.started': '{started} still busy',
  'presenter.locked': 'Closed',
  'presenter.results': 'Results',

  'presenter.rounds': 'The rounds side by side',
  'presenter.round.current': 'Now',
  'presenter.round.none': 'No results',

  'presenter.scale.statements': 'The statements',

  'presenter.statements.count': '{count, plural, one {# statement} other {# statements}}',
  'presenter.statements.private':
    'This screen only shows the group as a whole, without names. Your own profile is on your phone.',
  'presenter.spread.title': 'The group across the three ideal types',
  'presenter.spread.complete':
    '{respondents, plural, one {Complete: {complete} of # list. Only a complete list is in the picture.} other {Complete: {complete} of # lists. Only complete lists are in the picture.}}',
  'presenter.spread.then': 'then {percent}%',
  'presenter.spread.shiftTitle': 'The group then and now, across the three ideal types',
  'presenter.spread.thenFrom': 'Dashed ring and “then”: {title}. The arrow points to now.',
  'presenter.spread.legend': 'The three ideal types',
  'presenter.spread.mean': 'group: {percent}%',

  'presenter.reflection.anonymous': 'Anonymous',
  'presenter.reflection.highlights': 'Highlighted',

  'presenter.roles.players': '{count, plural, one {# player} other {# players}}',
  'presenter.roles.none': 'not played',
  'presenter.roles.undealt': 'The roles will be dealt in a moment.',
  'presenter.roles.dealt': 'Everyone has a role: look at your phone.',
  'presenter.roles.cards': 'The roles',

  'presenter.groups.count': '{count, plural, one {# group} other {# groups}}',
  'presenter.groups.pending': 'The groups will be formed in a moment',
  'presenter.groups.size.2': 'in pairs',
  'presenter.groups.size.3': 'in threes',
  'presenter.groups.size.other': 'in groups of {size}',
  'presenter.groups.phone': 'Your phone shows who you are with.',

  'presenter.break.until': 'Break until {time}',
  'presenter.break.minutes': '{minutes, plural, one {# minute break} other {# minute break}}',
  'presenter.break.over': "We're starting again",

  'presenter.lobby.step1': 'Go to',
  'presenter.lobby.step2': 'Enter the code',
  'presenter.lobby.in':
    '{count, plural, =0 {Nobody here yet} one {# participant here} other {# participants here}}',
  'presenter.lobby.soon': "We'll begin shortly",

  'presenter.ended.lead': 'For your effort, openness and good conversations.',
  'presenter.ended.people': '{count, plural, one {With # participant} other {With # participants}}',
  'presenter.ended.close':
    'Your phone shows your own summary. Download it if you want to keep it; then you can close the page.',
  'presenter.rest.title': '{title} is done',
  'presenter.rest.next': 'See you at {next}',
  'presenter.rest.hint':
    'Keep the return link on your phone: it brings you back to this group next time.',
};
