import type { waysNl } from './ways.nl';

/** English strings for the ways in and out of a workshop; typed against the Dutch keys. */
export const waysEn: Record<keyof typeof waysNl, string> = {
  'landing.return': 'Back to your workshop',
  'landing.returnHint': 'You are still taking part in {title}.',

  'facilitator.description': 'About this programme',
  'facilitator.copyLink': 'Copy link',
  'facilitator.copyLinkLabel': 'Copy link for a co-facilitator of {title}',
  'facilitator.copied': 'Link copied',
  'facilitator.copyFailed': 'Copying does not work here. Select the link and copy it yourself:',

  'console.people': 'Who is here',
  'console.agendaScroll': 'Parts of the programme',
  'console.participantsScroll': 'List of participants',
  'console.session': 'Session',
  'console.ended.next':
    'See what happened in the report, or go to the library to replay and export the session.',
  'console.ended.report': 'Open the report',
  'console.ended.reportHint': 'With pseudonyms; to include names, choose so in the library.',
  'console.ended.reportFailed': 'The report cannot be opened right now. Please try again.',
  'console.ended.library': 'Go to the library',
  'console.ended.replay': 'Replay the session',
};
