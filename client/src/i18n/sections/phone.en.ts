import type { phoneNl } from './phone.nl';

/** English strings of the phone screens; typed so a key missing from Dutch or English fails to compile. */
export const phoneEn: Record<keyof typeof phoneNl, string> = {
  'phone.state.sending': 'Sending…',
  'phone.state.pending':
    'Not sent yet: you are offline for a moment. It will go out by itself once the connection is back.',
  'phone.state.sent': 'Your answer has been received',
  'phone.state.sentReflection': 'Your reflection has been received',
  'phone.state.sentIntentions': 'Your intentions have been saved',
  'phone.state.failed': 'This did not arrive.',
  'phone.retry': 'Send again',
  'phone.locked.vote': 'The facilitator has closed the vote',
  'phone.locked.answers':
    'The facilitator has closed the answers. You can still read back what you filled in.',
  'phone.locked.writing':
    'The facilitator has closed this round. You can still read back your answer.',

  'phone.practice.intro':
    'Describe a case from your own work in a few lines. Feel free to change the names: the situation is what counts.',
  'phone.practice.title': 'Title of your case',
  'phone.practice.who': 'Who is the administrator?',
  'phone.practice.whoHint': 'A role is enough, for example: the alderman for housing.',
  'phone.practice.stake': 'What is going on, and what is at stake?',
  'phone.practice.deadline': 'When does it have to be settled? (may stay empty)',
  'phone.practice.named': 'My name may go with it',
  'phone.practice.anonymousHint':
    'Anonymous: nobody sees that this case is yours, not even the facilitator.',
  'phone.practice.namedHint':
    'Only the facilitator sees your name with your case, so they can ask you to tell more about it.',
  'phone.practice.submit': 'Send in my case',
  'phone.practice.resubmit': 'Send the change',
  'phone.practice.sent': 'Your case has been received. You can still change it.',
  'phone.practice.voteQuestion': 'Which case would you like to play?',
  'phone.practice.voteHint': 'Tap the case of your choice. You can still change your vote.',
  'phone.practice.voted': 'Your vote has been received',
  'phone.practice.chosen': 'This is the case the group plays',
  'phone.casus.label': 'The case',
  'phone.casus.lens': 'Read the case through this lens.',

  'phone.poll.chooseOne':
    'Your choice is sent straight away. Changed your mind? Just tap another answer.',
  'phone.poll.chooseMany': 'Choose everything that fits you, then tap Send.',
  'phone.poll.submit': 'Send',
  'phone.poll.resubmit': 'Send change',
  'phone.poll.notSent': 'Not sent yet: tap Send.',

  'phone.scale.stronglyDisagree': 'Strongly disagree',
  'phone.scale.disagree': 'Disagree',
  'phone.scale.somewhatDisagree': 'Somewhat disagree',
  'phone.scale.neutral': 'Neutral',
  'phone.scale.somewhatAgree': 'Somewhat agree',
  'phone.scale.agree': 'Agree',
  'phone.scale.stronglyAgree': 'Strongly agree',
  'phone.scale.point': '{n} of {m}',
  'phone.scale.choice': 'Your choice: {label}',
  'phone.scale.noChoice': 'Not answered yet',

  'phone.statements.progress': '{n} of {m}',
  'phone.statements.progressLabel': 'answered',
  'phone.statements.hint': 'There are no right or wrong answers. Go with your first feeling.',
  'phone.statements.done': 'All statements answered, thank you! Your profile is below.',
  'phone.statements.toProfile': 'Go to your profile',
  'phone.statements.waiting': 'Your profile appears as soon as all your answers are in.',

  'phone.profile.title': 'Your profile',
  'phone.profile.chart': 'Your profile in the triangle of the three ideal types',
  'phone.profile.leaning': 'You lean most towards the {type}.',
  'phone.profile.balanced':
    'Your profile is remarkably balanced: none of the three types stands out.',
  'phone.profile.strength': 'How strongly you recognise yourself',
  'phone.profile.partial':
    '{m, plural, one {Based on {n} of the # statement.} other {Based on {n} of the # statements.}}',
  'phone.profile.note':
    'Each type is a strength in the right situation, not a box. What matters is that you recognise all three and choose deliberately what a situation asks for.',
  'phone.profile.mine': 'My profile',

  'phone.reflection.count': '{n} / {max} characters',
  'phone.reflection.remaining': '{n, plural, one {# character left} other {# characters left}}',
  'phone.reflection.anonymous': 'Anonymous: nobody sees who wrote this, not even the facilitator',
  'phone.reflection.submit': 'Send',
  'phone.reflection.resubmit': 'Send change',
  'phone.reflection.draft': 'Draft, kept on this device. Not sent yet.',
  'phone.reflection.editHint':
    'You can edit your text and send it again; the new version replaces the old one.',

  'phone.intentions.label': 'Intention {n}',
  'phone.intentions.add': 'Add another intention',
  'phone.intentions.remove': 'Remove',
  'phone.intentions.removeLabel': 'Remove intention {n}',
  'phone.intentions.tip': 'Make it concrete: what will you do, when, and with whom?',
  'phone.intentions.max': 'You can write down at most {max} here.',
  'phone.intentions.submit': 'Save intentions',
  'phone.intentions.draft': 'Not saved yet. Your text is kept on this device.',
  'phone.intentions.saved': 'This is what we noted',
  'phone.intentions.edit': 'Change',

  'phone.roles.waiting': 'The facilitator will hand out the roles in a moment',
  'phone.roles.waitingHint':
    'Your role card will appear here by itself. Are the others already reading and you see nothing? Let the facilitator know.',
  'phone.roles.missed': 'The roles have already been handed out',
  'phone.roles.missedHint':
    'You came in just after. Have a word with the facilitator: they will give you a role or a place as observer.',
  'phone.roles.yours': 'Your role',
  'phone.roles.public': 'What everyone knows about this role',
  'phone.roles.private': 'Only for you',
  'phone.roles.privateHint': 'Do not show this part to anyone.',
  'phone.roles.all': 'All roles in this play ({count})',

  'phone.groups.waiting': 'The groups will be made in a moment',
  'phone.groups.waitingHint': 'Your group will appear here by itself.',
  'phone.groups.missed': 'The groups have already been made',
  'phone.groups.missedHint': 'You came in just after. Ask the facilitator which group to join.',
  'phone.groups.yours': 'You are in group {number}',
  'phone.groups.members': 'In your group',
  'phone.groups.anonymous': 'Anonymous participant',
  'phone.groups.me': 'you',

  'phone.break.until': 'We carry on in',
  'phone.break.hint':
    'Get something to drink and stretch your legs. This screen moves on by itself when we start again.',

  'phone.summary.intro':
    'Below is what you contributed today. Read it back at your leisure and take it with you to work.',
  'phone.summary.reflections': 'What you wrote',
  'phone.summary.intentions': 'Your intentions',
  'phone.summary.nothing': 'You did not write anything down today. Listening is taking part too.',
  'phone.summary.closing':
    'Good teamwork starts with small, concrete steps. You can take the first one tomorrow. Good luck!',
  'phone.summary.download': 'Download my summary',
  'phone.summary.mine': 'My summary so far',
  'phone.summary.fileTitle': 'My summary',
  'phone.summary.fileProfile': 'My profile',
  'phone.summary.fileMadeOn': 'Made on {date}',
  'phone.summary.keep':
    'Download your summary if you want to keep it: only you get it. Then you can close the page.',
  'phone.selfTest.summary': 'Did the self-test at home?',
  'phone.selfTest.lead':
    'Enter your self-test code. Your answers are then filled in here; you can still change them afterwards.',
  'phone.selfTest.label': 'Self-test code',
  'phone.selfTest.submit': 'Fetch my answers',
  'phone.selfTest.busy': 'Fetching…',
  'phone.selfTest.done': 'Your answers from the self-test are in.',
  'phone.selfTest.invalid': 'A self-test code has eight characters, like KM4T-9XRP.',
  'phone.selfTest.offline': 'No connection to the server. Try again in a moment.',
  'phone.rest.title': '{title} is done',
  'phone.rest.next':
    'Until the next meeting: {next}. Take your intentions into your work until then.',
  'phone.rest.link': 'Your return link',
  'phone.rest.linkHint':
    'With this link you come back to this group at the next meeting, with your own answers, on another phone or laptop too. Keep it to yourself: whoever has the link takes part as you.',
  'phone.rest.copy': 'Copy link',
  'phone.rest.copied': 'Copied',
  'phone.rest.share': 'Share link',
  'phone.rest.linkLabel': 'Your personal return link',
  'phone.lookBack.mine': 'Your intentions from last time',
  'phone.lookBack.none': 'You wrote no intentions last time. Do tell what has struck you since.',
  'phone.profiles.shift': 'Your profile then and now',
  'phone.profiles.then': 'Then',
  'phone.profiles.now': 'Now',
  'phone.profiles.nowHint': 'Your profile of now is shown above.',
  'phone.rest.you': 'You take part as {name}.',
  'phone.rest.youAnonymous': 'You take part anonymously.',
  'phone.return.refusedTitle': 'This return link does not work',
  'phone.return.refused':
    'The link belongs to another group or is no longer valid. Ask the trainer for help, or take part as a new participant.',
  'phone.return.joinNew': 'Take part as a new participant',
  'phone.visit.pair': 'Your partner for the kitchen visit',
  'phone.visit.waiting': 'The pairs will be made in a moment',
  'phone.visit.waitingHint':
    'Your partner will appear here by itself. Meanwhile, think of whose kitchen you would like to see.',
  'phone.visit.missed': 'The pairs have already been made',
  'phone.visit.missedHint':
    'You came in just after. Ask the facilitator whom to go with, or join a pair.',
  'phone.visit.partner': 'Who are you going with?',
  'phone.visit.partnerHint': 'The name of your partner here in the room.',
  'phone.visit.host': 'Whose kitchen will you look into?',
  'phone.visit.hostHint':
    'An administrator or a fellow professional. A position is enough: the alderman for youth, a team lead at the province.',
  'phone.visit.when': 'When?',
  'phone.visit.whenHint': 'A date or a week, so that it does not stay a good intention.',
  'phone.visit.question': 'What question will you take along?',
  'phone.visit.submit': 'Save the agreement',
  'phone.visit.resubmit': 'Save the change',
  'phone.visit.sent': 'Your agreement is saved. You will find it in your summary.',
  'phone.visit.with': 'With {names}',
  'phone.visit.withNobody': 'No partner yet',
  'phone.visit.at': 'At',
  'phone.visit.on': 'When',
  'phone.visit.asked': 'Your question',
  'phone.lookBack.visit': 'Your agreement for the kitchen visit',
  'phone.lookBack.noVisit':
    "You made no agreement last time. Do tell whether you looked into someone's kitchen after all.",
  'phone.summary.visits': 'Your kitchen visit',
};
