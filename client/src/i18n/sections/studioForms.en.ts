import type { studioFormsNl } from './studioForms.nl';

/** English strings of the studio's forms per block kind. */
export const studioFormsEn: Record<keyof typeof studioFormsNl, string> = {
  'studio.forms.blockForm': '{kind}: {title}',
  'studio.forms.generalProblems':
    '{count, plural, one {This problem belongs to no field below:} other {These # problems belong to no field below:}}',
  'studio.forms.title': 'Title',
  'studio.forms.minutes': 'Planned minutes',
  'studio.forms.id': 'Id',
  'studio.forms.idHint': 'Lowercase letters, digits and dashes; other blocks refer to it.',
  'studio.forms.itemId': 'Id',
  'studio.forms.autoStartTimer': 'The timer starts by itself when this block opens',
  'studio.forms.screen': 'Text on the big screen',
  'studio.forms.screenHint': 'Markdown. Short and large: the room reads this from a distance.',
  'studio.forms.phone': 'Text on the phone',
  'studio.forms.phoneHint': 'Markdown. What participants read on their phone in this block.',
  'studio.forms.notes': 'Notes for the facilitator',
  'studio.forms.notesHint':
    'Markdown. Only you see this, on the console and the run sheet: purpose, approach, what to watch for, what you need.',
  'studio.forms.markdownPreview': 'Preview',
  'studio.forms.markdownEmpty': 'No text yet.',
  'studio.forms.moveUp': 'Move {item} up',
  'studio.forms.moveDown': 'Move {item} down',
  'studio.forms.remove': 'Remove {item}',
  'studio.forms.moved': '{item} is now in place {place}.',
  'studio.forms.removed': '{item} was removed.',
  'studio.forms.added': '{item} was added.',
  'studio.forms.notAnEntry':
    'This entry is not a valid item (the file had something else here). Remove it and add a new one.',
  'studio.forms.points': 'Scale',
  'studio.forms.points5': '5 points (strongly disagree … strongly agree)',
  'studio.forms.points7': '7 points (strongly disagree … strongly agree)',
  'studio.forms.repeats': 'Asks an earlier question again',
  'studio.forms.repeatsHint':
    'Ask the same question again later. Its options (or statements) come along, so the console and the report set before and after side by side.',
  'studio.forms.repeatsNone': 'No, this is a new question',

  'studio.forms.info.hint':
    'An information block has no settings of its own: what it shows goes in the texts for the screen and the phone below.',
  'studio.forms.break.hint':
    'A break has no settings of its own. Let the timer start by itself, and the room sees how long the break still lasts.',

  'studio.forms.poll.question': 'Question',
  'studio.forms.poll.multiple': 'Participants may choose more than one option',
  'studio.forms.poll.options': 'Options',
  'studio.forms.poll.option': 'Option {number}',
  'studio.forms.poll.optionLabel': 'Text of option {number}',
  'studio.forms.poll.addOption': 'Add option',

  'studio.forms.scale.statements': 'Statements',
  'studio.forms.scale.statement': 'Statement {number}',
  'studio.forms.scale.statementText': 'Text of statement {number}',
  'studio.forms.scale.addStatement': 'Add statement',

  'studio.forms.statements.items': 'Statements of the statement list',
  'studio.forms.statements.item': 'Statement {number}',
  'studio.forms.statements.itemText': 'Text of statement {number}',
  'studio.forms.statements.type': 'Which ideal type does this statement measure?',
  'studio.forms.statements.reversed': 'Reversed: agreeing scores lower on this type',
  'studio.forms.statements.addItem': 'Add statement',
  'studio.forms.statements.perType':
    '{total, plural, one {# statement} other {# statements}}: Bureaucrat {bureaucraat} · Entrepreneur {ondernemer} · Connector {verbinder}',

  'studio.forms.casus.perspective': 'Through which lens does the room look?',
  'studio.forms.casus.perspectiveHint':
    'Casus in extrema: each round looks at the same case from one ideal type or one side of the table.',
  'studio.forms.casus.source': 'Which case?',
  'studio.forms.casus.source.programme': 'The programme’s dossier',
  'studio.forms.casus.source.own': 'A text of its own for this block',
  'studio.forms.casus.source.same': 'The same case as an earlier round',
  'studio.forms.casus.playsCase':
    'This block plays the dossier “{title}”. Change it at the programme, and it changes in every round.',
  'studio.forms.casus.noProgrammeCase':
    'This programme has no dossier yet. Add it at the programme, or give this block a text of its own.',
  'studio.forms.casus.case': 'The case',
  'studio.forms.casus.sameCaseAs': 'The round with the same case',
  'studio.forms.casus.sameCaseAsNone': 'None: this block has a text of its own',

  'studio.forms.roles.assignment': 'Who gets which role?',
  'studio.forms.roles.assignment.random': 'Samenspel deals the roles at random',
  'studio.forms.roles.assignment.facilitator': 'I deal the roles myself on the console',
  'studio.forms.roles.source': 'Which roles?',
  'studio.forms.roles.source.cast': 'The roles of the programme’s dossier',
  'studio.forms.roles.source.own': 'Roles of its own for this role play',
  'studio.forms.roles.source.swap': 'The roles of an earlier round, with the players swapped',
  'studio.forms.roles.playsCast':
    '{count, plural, one {This role play plays the # role of the dossier ({names}).} other {This role play plays the # roles of the dossier ({names}).}} Change them at the programme.',
  'studio.forms.roles.noCast':
    'The programme’s dossier has no roles yet. Add them there, or give this role play roles of its own.',
  'studio.forms.roles.cards': 'Roles',
  'studio.forms.roles.card': 'Role {number}',
  'studio.forms.roles.addCard': 'Add role',
  'studio.forms.roles.name': 'Name of the role',
  'studio.forms.roles.public': 'What everyone knows',
  'studio.forms.roles.publicHint': 'Markdown. The whole room sees this.',
  'studio.forms.roles.brief': 'Confidential brief',
  'studio.forms.roles.briefHint':
    'Markdown. Only the player of this role reads this, on their own phone.',
  'studio.forms.roles.swapsWith': 'The round whose roles are swapped',
  'studio.forms.roles.swapsWithHint':
    'Second round: the same roles, but the players swap, so everyone feels the other side of the table.',
  'studio.forms.roles.swapPairs': 'Who swaps with whom',
  'studio.forms.roles.swapPairsHint':
    'Whoever had the first role of a pair gets the second, and the other way round. Without pairs, everyone moves on one role.',
  'studio.forms.roles.pair': 'Pair {number}',
  'studio.forms.roles.pairFirst': 'Pair {number}: one role',
  'studio.forms.roles.pairSecond': 'Pair {number}: the other role',
  'studio.forms.roles.addPair': 'Add pair',

  'studio.forms.practice.prompt': 'What the phones send in',
  'studio.forms.practice.maxLength': 'At most this many characters for “what is going on”',
  'studio.forms.practice.maxLengthHint': 'Between 20 and 5000. Left empty it is 600.',
  'studio.forms.practice.howItPlays':
    'Participants send in a case, named or anonymous. You put cases on a shortlist, the room votes or you choose. A casus or role play further on plays the chosen case when you set its “Case from the room” to this block.',
  'studio.forms.caseFrom.label': 'Case from the room',
  'studio.forms.caseFrom.hint':
    'Once the room has chosen a case in that block, this block plays it; until then the case below.',
  'studio.forms.caseFrom.none': 'No: play the programme’s case',
  'studio.forms.reflection.prompt': 'Reflection question',
  'studio.forms.reflection.anonymous': 'Anonymous: nobody sees who wrote what, not even you',
  'studio.forms.reflection.maxLength': 'At most this many characters',
  'studio.forms.reflection.maxLengthHint': 'Between 20 and 5000. Left empty, it is 1000.',
  'studio.forms.reflection.intentionsFrom': 'Looks back on the intentions from',
  'studio.forms.reflection.intentionsFromHint':
    'On a later day: each phone shows its own intentions from that block above the question.',
  'studio.forms.reflection.visitFrom': 'Report-back on the kitchen visit from',
  'studio.forms.reflection.visitFromHint':
    'Each phone shows its own agreement from that block above the question: with whom, at whose kitchen, when, and the question.',
  'studio.forms.reflection.lookBackNone': 'None: no look-back',
  'studio.forms.visit.prompt': 'What the pairs agree',
  'studio.forms.visit.pairing': 'How the pairs come about',
  'studio.forms.visit.drawn': 'Samenspel draws the pairs (you press “Make pairs”)',
  'studio.forms.visit.chosen': 'Participants find a partner themselves and fill in the name',
  'studio.forms.visit.maxLength': 'At most this many characters for the question',
  'studio.forms.visit.maxLengthHint': 'Between 20 and 5000. Left empty it is 500.',
  'studio.forms.visit.howItPlays':
    'Each phone saves the agreement: at whose kitchen, when and with which question. It stays in everyone’s summary; a reflection on a later day with “Report-back on the kitchen visit” shows it again.',
  'studio.forms.statements.repeats': 'Repeats the stellingenlijst of',
  'studio.forms.statements.repeatsHint':
    'A second measurement, for example on day 2: the same statements (they come along), and the projector shows the group average then and now.',
  'studio.forms.groups.size': 'People per group',
  'studio.forms.groups.sizeHint': 'Between 2 and 12. Samenspel draws the groups at random.',
  'studio.forms.groups.prompt': 'Task for the groups',
  'studio.forms.intentions.prompt': 'Question about the intentions',
  'studio.forms.intentions.max': 'How many intentions may someone write down?',
  'studio.forms.intentions.maxHint': 'Between 1 and 10. Left empty, it is 3.',

  'studio.forms.programme.heading': 'The programme',
  'studio.forms.programme.title': 'Title of the programme',
  'studio.forms.programme.audience': 'Audience',
  'studio.forms.programme.audienceHint': 'For example: policy officers of the province.',
  'studio.forms.programme.language': 'Language of the content',
  'studio.forms.programme.minutes': 'Total length in minutes',
  'studio.forms.programme.minutesHint':
    'The blocks now add up to {total} min; the two must be equal.',
  'studio.forms.programme.minutesMatch': 'The blocks add up to {total} min: that matches.',
  'studio.forms.programme.idHint': 'The id of the programme itself, as in the YAML file.',
  'studio.forms.programme.description': 'Description',
  'studio.forms.programme.descriptionHint':
    'Markdown. What the programme is about, for you and your fellow trainers.',
  'studio.forms.case.heading': 'The dossier',
  'studio.forms.case.intro':
    'Tell the case here, once. Every casus round without a text of its own and every role play without roles of its own plays this dossier: for a new client you change only this.',
  'studio.forms.case.title': 'Title of the dossier',
  'studio.forms.case.text': 'Text of the dossier',
  'studio.forms.case.textHint':
    'Markdown. Who the administrator is, what is going on, what is at stake.',
  'studio.forms.case.cast': 'The roles of the role play',
  'studio.forms.case.addCast': 'Add roles to the dossier',
  'studio.forms.case.add': 'Add a dossier',
  'studio.forms.case.remove': 'Remove dossier',

  'studio.forms.placeholder.caseTitle': 'The dossier',
  'studio.forms.placeholder.caseText':
    'Describe the case here: who the administrator is, what is going on and when it is due.',
  'studio.forms.placeholder.casus': 'Describe the case of this round here.',
  'studio.forms.placeholder.role': 'New role',
  'studio.forms.placeholder.bestuurder': 'The administrator',
  'studio.forms.placeholder.ambtenaar': 'The civil servant',
  'studio.forms.placeholder.public': 'What everyone knows about this role.',
  'studio.forms.placeholder.brief': 'What only the player of this role knows.',
};
