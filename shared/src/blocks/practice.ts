import { z } from 'zod/mini';
import { blockBase, shortText } from '../scenario/fields.js';
import { RecordKeySchema } from '../room/record-keys.js';
import { MAX_TEXT_ANSWER } from './reflection.js';
import { misfit, type AnswerRules, type BlockKindRules, type BlockOf } from './kind.js';

/**
 * Cases from the participants' own practice (the "praktijkcasus"). Each phone may send in a
 * dossier from its own work; the facilitator puts some on a shortlist (edited, or several merged
 * into one), the room votes or the facilitator picks, and the chosen case becomes the case of the
 * later casus and roles blocks that name this block in `caseFrom`.
 *
 * The block is anonymous as a whole, like an anonymous reflection: the log, exports and replays
 * never tie a submission (or a vote) to a participant. A submission marked `named` shows its
 * author's name on the live console only, because the author asked for it.
 */

export const MAX_CASE_TITLE = 100;
export const MAX_CASE_LINE = 200;
/** How many cases the shortlist holds at most: as many as a vote has options. */
export const MAX_SHORTLIST = 12;

const line = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const PracticeBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('practice'),
  /** What the phones are asked to send in. */
  prompt: shortText,
  /** Longest description of what is at stake; the other fields are a line each. */
  maxLength: z._default(z.int().check(z.minimum(20), z.maximum(MAX_TEXT_ANSWER)), 600),
});

export const PracticeContentSchema = z.strictObject({
  kind: z.literal('practice'),
  prompt: z.string(),
  maxLength: z.int(),
});

/** A dossier as a phone sends it in. */
export const PracticeSubmissionSchema = z.strictObject({
  title: line(MAX_CASE_TITLE).check(z.minLength(1, 'give the case a title')),
  /** Who the bestuurder is (a role, never needs a real name). */
  who: line(MAX_CASE_LINE),
  /** What is at stake. */
  stake: line(MAX_TEXT_ANSWER).check(z.minLength(1, 'say what is at stake')),
  deadline: line(MAX_CASE_LINE),
  /** The author's name may be shown with it on the console. */
  named: z.boolean(),
});
export type PracticeSubmission = z.infer<typeof PracticeSubmissionSchema>;

/**
 * A phone's answer: its dossier, its vote on the shortlist, or both; each part is kept until it is
 * sent again, so a vote does not undo the dossier and the other way round.
 */
export const PracticeAnswerSchema = z.strictObject({
  kind: z.literal('practice'),
  case: z.optional(PracticeSubmissionSchema),
  vote: z.optional(RecordKeySchema.check(z.minLength(1), z.maxLength(64))),
});
export type PracticeAnswer = z.infer<typeof PracticeAnswerSchema>;

export const PracticeResultsSchema = z.strictObject({
  kind: z.literal('practice'),
  /** Dossiers sent in. */
  respondents: z.int(),
  /** Votes per case on the shortlist. */
  counts: z.record(z.string(), z.int()),
});

/** A case on the shortlist, as the facilitator wrote it for the screen. */
export const ShortlistedCaseSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  text: z.string(),
});
export type ShortlistedCase = z.infer<typeof ShortlistedCaseSchema>;

/** A practice block as a phone sees it: the shortlist while the vote is open, then the choice. */
export const PhoneCasesSchema = z.strictObject({
  voting: z.boolean(),
  candidates: z.array(ShortlistedCaseSchema),
  chosen: z.nullable(ShortlistedCaseSchema),
});

/** The projector: how many dossiers came in, the shortlist, its votes once closed, the choice. */
export const ScreenCasesSchema = z.strictObject({
  submitted: z.int(),
  voting: z.boolean(),
  votes: z.int(),
  candidates: z.array(z.extend(ShortlistedCaseSchema, { votes: z.nullable(z.int()) })),
  chosen: z.nullable(ShortlistedCaseSchema),
});

/**
 * The console: every dossier (its author's name only when they asked for it), the shortlist
 * with the dossiers behind each case and its votes, and the choice.
 */
export const ConsoleCasesSchema = z.strictObject({
  submissions: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      who: z.string(),
      stake: z.string(),
      deadline: z.string(),
      author: z.nullable(z.string()),
      named: z.boolean(),
    }),
  ),
  candidates: z.array(
    z.extend(ShortlistedCaseSchema, { sources: z.array(z.string()), votes: z.int() }),
  ),
  voting: z.boolean(),
  votes: z.int(),
  chosen: z.nullable(ShortlistedCaseSchema),
});

/** The fields the facilitator's shortlist entry is checked by, in commands and logs alike. */
export const CaseTitleSchema = line(MAX_CASE_TITLE).check(z.minLength(1));
export const CaseTextSchema = line(MAX_TEXT_ANSWER).check(z.minLength(1));

function sameSubmission(a: PracticeSubmission | undefined, b: PracticeSubmission): boolean {
  return (
    a !== undefined &&
    a.title === b.title &&
    a.who === b.who &&
    a.stake === b.stake &&
    a.deadline === b.deadline &&
    a.named === b.named
  );
}

const SAMPLE_CASES: PracticeSubmission[] = [
  {
    title: 'Het nieuwe zwembad',
    who: 'De wethouder sport',
    stake: 'De raad wil een besluit voor de zomer, maar de kosten zijn nog niet in beeld.',
    deadline: 'Raadsvergadering in juni',
    named: false,
  },
  {
    title: 'Laadpalen in de binnenstad',
    who: 'De gedeputeerde mobiliteit',
    stake: 'Bewoners hebben een petitie aangeboden; de gedeputeerde heeft al iets toegezegd.',
    deadline: 'Volgende week in de krant',
    named: true,
  },
  {
    title: 'Subsidie voor het buurthuis',
    who: 'De burgemeester',
    stake: 'De regeling laat geen uitzondering toe, de buurt rekent er wel op.',
    deadline: '',
    named: false,
  },
];

const practiceAnswers: AnswerRules<PracticeAnswer, BlockOf<'practice'>> = {
  fit: (block, answer) => {
    if (answer.case === undefined && answer.vote === undefined) {
      throw misfit('send a case, a vote or both', 'answer');
    }
    if (answer.case && answer.case.stake.length > block.maxLength) {
      throw misfit(`a case here has at most ${block.maxLength} characters`, 'answer.case.stake');
    }
  },
  merge: (previous, next) => {
    const kept = next.case ?? previous?.case;
    const vote = next.vote ?? previous?.vote;
    return {
      kind: 'practice',
      ...(kept === undefined ? {} : { case: kept }),
      ...(vote === undefined ? {} : { vote }),
    };
  },
  unchanged: (previous, next) =>
    (next.case === undefined || sameSubmission(previous.case, next.case)) &&
    (next.vote === undefined || previous.vote === next.vote),
  complete: (_block, answer) => answer.kind === 'practice' && answer.case !== undefined,
  results: (_block, answers) => {
    // Every vote by the id it names: the shortlist lives in the run, not the block, so the
    // projections keep the counts of the cases still on it (a case taken off counts for none).
    const counts: Record<string, number> = {};
    for (const answer of answers) {
      if (answer.vote !== undefined) counts[answer.vote] = (counts[answer.vote] ?? 0) + 1;
    }
    return {
      kind: 'practice',
      respondents: answers.filter((a) => a.case !== undefined).length,
      counts,
    };
  },
  cells: (answer) =>
    answer.case
      ? [
          ['title', answer.case.title],
          ['who', answer.case.who],
          ['stake', answer.case.stake],
          ['deadline', answer.case.deadline],
        ]
      : [],
  sample: (block, n) => {
    const sample = SAMPLE_CASES[n % SAMPLE_CASES.length]!;
    return { kind: 'practice', case: { ...sample, stake: sample.stake.slice(0, block.maxLength) } };
  },
  ownsTextId: true,
};

export const practiceRules: BlockKindRules<'practice'> = {
  kind: 'practice',
  labelKey: 'kind.practice',
  answer: practiceAnswers,
  chart: false,
  consoleActivity: true,
  timerBeside: true,
  anonymous: () => true,
  content: (block) => ({ kind: 'practice', prompt: block.prompt, maxLength: block.maxLength }),
  question: (block) => block.prompt,
  reference: null,
  check: null,
  template: (id) => ({
    id,
    kind: 'practice',
    title: 'Casus uit de eigen praktijk',
    minutes: 20,
    prompt: 'Welk dossier ligt er nu bij uw bestuurder bovenop?',
  }),
  items: {},
};
