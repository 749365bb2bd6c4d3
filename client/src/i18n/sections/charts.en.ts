import type { chartsNl } from './charts.nl';

/** English strings of the charts and the ideal types; typed against the Dutch keys. */
export const chartsEn: Record<keyof typeof chartsNl, string> = {
  'type.bureaucraat': 'Bureaucrat',
  'type.ondernemer': 'Entrepreneur',
  'type.verbinder': 'Connector',
  'type.bureaucraat.short': 'Rules, care and equal treatment: reliable within the frameworks.',
  'type.ondernemer.short':
    'Initiative, results and innovation: looks for room and dares to take risks.',
  'type.verbinder.short': 'Relationships, networks and public value: works with the world around.',
  'ternary.legend.you': 'You',
  'ternary.legend.member': 'A participant',
  'ternary.legend.mean': 'Group average',
  'ternary.legend.earlier': 'Average at the previous measurement',
  'ternary.describe.earlier':
    'At the previous measurement: Bureaucrat {bureaucraat}%, Entrepreneur {ondernemer}%, Connector {verbinder}%.',
  'ternary.describe.profile':
    'Your profile: Bureaucrat {bureaucraat}%, Entrepreneur {ondernemer}%, Connector {verbinder}%.',
  'ternary.describe.mean':
    'Group average: Bureaucrat {bureaucraat}%, Entrepreneur {ondernemer}%, Connector {verbinder}%.',
  'ternary.describe.spread':
    '{count, plural, one {# participant} other {# participants}}. Closest to the Bureaucrat: {bureaucraat}, to the Entrepreneur: {ondernemer}, to the Connector: {verbinder}.',
  'ternary.empty': 'No profiles yet.',
  'poll.count': '{count} ({percent}%)',
  'poll.legend': 'Votes per answer, with the share of those who voted',
  'poll.respondents': '{count, plural, one {# participant voted} other {# participants voted}}',
  'scale.mean': 'average {mean}',
  'scale.noAnswers': 'no answers yet',
  'scale.disagree': 'Strongly disagree',
  'scale.agree': 'Strongly agree',
  'scale.point': '{value}: {count}',
};
