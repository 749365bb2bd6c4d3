import type { selfTestNl } from './selfTest.nl';

/** English of the public self-test; the same keys as the Dutch. */
export const selfTestEn: Record<keyof typeof selfTestNl, string> = {
  'selfTest.title': 'Self-test: what kind of civil servant are you?',
  'selfTest.lead':
    'Twenty-four statements about how you work. Then you see at once where you stand in the triangle of the three ideal types: Bureaucrat, Entrepreneur and Connector.',
  'selfTest.privacy':
    'Your answers stay on this device. Nothing goes to the server unless you make a code yourself to take your result into a workshop.',
  'selfTest.loading': 'Loading the statements…',
  'selfTest.failed': 'The statements could not be loaded. Check your connection and try again.',
  'selfTest.retry': 'Try again',
  'selfTest.missing': 'This server offers no self-test.',
  'selfTest.hint':
    'Answer from how you have really worked these past months, not how you would like to work. Go with your first feeling: there is no right or wrong here.',
  'selfTest.left':
    '{n, plural, one {# statement to go, then you see your profile.} other {# statements to go, then you see your profile.}}',
  'selfTest.done': 'Done! Your profile is below.',
  'selfTest.toProfile': 'To your profile',
  'selfTest.types.title': 'The three ideal types',
  'selfTest.type.bureaucraat.long':
    'The Bureaucrat brings the rule of law into daily work. The administration decides; the civil servant carries it out loyally and neutrally. Equal cases are treated equally, decisions are lawful and recorded so they can be accounted for later. Clear frameworks are not a straitjacket for this type but the room to act in.',
  'selfTest.type.ondernemer.long':
    'The Entrepreneur steers by results. This type rose in the 1980s, when government began to work more like a business: efficient, client-oriented, mindful of time and money. The Entrepreneur takes initiative, looks for innovation and dares to take a risk. The engine is their own drive: knowing why you do something.',
  'selfTest.type.verbinder.long':
    'The Connector sees government as a partner of society. Since the early 2000s it has been about public value: working with residents, businesses and other organisations on what matters. The Connector builds relationships, senses what is going on around them, thinks along and learns together with others.',
  'selfTest.types.note':
    'All three exist side by side today, often in one department. Political sensitivity starts with knowing which type a situation calls for, even when it is not your own preference.',
  'selfTest.download.title': 'Keep your picture',
  'selfTest.download.png': 'Download as image (PNG)',
  'selfTest.download.svg': 'Download as SVG',
  'selfTest.download.failed':
    'This browser could not make the image. Download the SVG: it opens in any browser.',
  'selfTest.picture.title': 'My profile as a civil servant',
  'selfTest.picture.subtitle': 'Self-test political sensitivity · {date}',
  'selfTest.picture.footer':
    'Made with Samenspel. Each type is a strength in the right situation, not a box.',
  'selfTest.carry.title': 'Take it to your workshop',
  'selfTest.carry.lead':
    'Joining a workshop soon? Make a code and enter it there at the statement list. Your answers will then be filled in straight away.',
  'selfTest.carry.make': 'Make a code',
  'selfTest.carry.making': 'Making the code…',
  'selfTest.carry.code': 'Your code',
  'selfTest.carry.until': 'The code works once, until {date}. Write it down or take a screenshot.',
  'selfTest.carry.failed': 'Making the code did not work. Try again in a moment.',
  'selfTest.carry.stored':
    'Only your answers go to the server with the code, without a name. After 90 days, or a day after you used them in a workshop, they are gone from there.',
  'selfTest.restart': 'Clear my answers',
  'selfTest.restartConfirm': 'Yes, clear them',
  'selfTest.restartQuestion': 'Clear all your answers to this self-test?',
};
