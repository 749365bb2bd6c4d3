import type { presenterNl } from './presenter.nl';

/** English strings of the presenter screens; typed so a key missing from Dutch or English fails to compile. */
export const presenterEn: Record<keyof typeof presenterNl, string> = {
  'presenter.progress': 'Block {n} of {m}',

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
  'presenter.answered.poll.one': '{answered} of {members} has voted',
  'presenter.answered.poll.other': '{answered} of {members} have voted',
  'presenter.answered.scale.one': '{answered} of {members} has answered',
  'presenter.answered.scale.other': '{answered} of {members} have answered',
  'presenter.answered.statements.one': '{answered} of {members} has started the list',
  'presenter.answered.statements.other': '{answered} of {members} have started the list',
  'presenter.answered.reflection.one': '{answered} of {members} has written something',
  'presenter.answered.reflection.other': '{answered} of {members} have written something',
  'presenter.answered.intentions.one': '{answered} of {members} has an intention',
  'presenter.answered.intentions.other': '{answered} of {members} have an intention',
  'presenter.locked': 'Closed',
  'presenter.results': 'Results',

  'presenter.rounds': 'The rounds side by side',
  'presenter.round.current': 'Now',
  'presenter.round.none': 'No results',

  'presenter.scale.statements': 'The statements',

  'presenter.statements.count': '{count} statements',
  'presenter.statements.private':
    'This screen only shows the group as a whole, without names. Your own profile is on your phone.',
  'presenter.spread.title': 'The group across the three ideal types',
  'presenter.spread.complete':
    '{complete} of {respondents} lists are complete; only those are in the picture.',
  'presenter.spread.legend': 'The three ideal types',
  'presenter.spread.mean': 'group: {percent}%',

  'presenter.reflection.anonymous': 'Anonymous',
  'presenter.reflection.highlights': 'Highlighted',

  'presenter.roles.players.one': '1 player',
  'presenter.roles.players.other': '{count} players',
  'presenter.roles.none': 'not played',
  'presenter.roles.undealt': 'The roles will be dealt in a moment.',
  'presenter.roles.dealt': 'Everyone has a role: look at your phone.',
  'presenter.roles.cards': 'The roles',

  'presenter.groups.count.one': '1 group',
  'presenter.groups.count.other': '{count} groups',
  'presenter.groups.pending': 'The groups will be formed in a moment',
  'presenter.groups.size.2': 'in pairs',
  'presenter.groups.size.3': 'in threes',
  'presenter.groups.size.other': 'in groups of {size}',
  'presenter.groups.phone': 'Your phone shows who you are with.',

  'presenter.break.until': 'Break until {time}',
  'presenter.break.minutes.one': '1 minute break',
  'presenter.break.minutes.other': '{minutes} minute break',
  'presenter.break.over': "We're starting again",

  'presenter.lobby.step1': 'Go to',
  'presenter.lobby.step2': 'Enter the code',
  'presenter.lobby.in.zero': 'Nobody here yet',
  'presenter.lobby.in.one': '1 participant here',
  'presenter.lobby.in.other': '{count} participants here',
  'presenter.lobby.soon': "We'll begin shortly",

  'presenter.ended.lead': 'Thank you for your effort, openness and good conversations.',
  'presenter.ended.people.one': 'With 1 participant',
  'presenter.ended.people.other': 'With {count} participants',
  'presenter.ended.close': 'You can close the page on your phone now.',
};
