import { z } from 'zod/mini';
import { blockBase, shortText } from '../scenario/fields.js';
import { MAX_TEXT_ANSWER } from './reflection.js';
import { misfit, never, replacing, type BlockKindRules } from './kind.js';

/**
 * A keukenbezoek planned in pairs, as a follow-up between meetings: two participants agree to
 * look into the kitchen of a bestuurder or an ambtelijke professional together. The console
 * draws the pairs (or the room pairs up itself and each names their partner); each phone writes
 * down the agreement: with whom, when, and the question they take along. The agreement stays in
 * the participant's summary, and a reflection on a later day (`visitFrom`) shows it again for
 * the report-back.
 */

export const MAX_VISIT_HOST = 200;
export const MAX_VISIT_WHEN = 100;
export const MAX_VISIT_PARTNER = 100;

/** How the pairs come about: drawn by the console, or chosen in the room. */
export const VISIT_PAIRINGS = ['drawn', 'chosen'] as const;

/** Control characters (a line break only where `multiline`) and bidi overrides that disguise text. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const BREAK = /[\n\r\t]/;
/** Something a reader can see: not only spaces or zero-width characters. */
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/;

const line = (max: number, multiline = false) =>
  z.string().check(
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
    z.refine((text) => !HIDDEN.test(text) && (multiline || !BREAK.test(text)), {
      message: multiline ? 'no control characters' : 'one line, without control characters',
    }),
    z.refine((text) => VISIBLE.test(text), { message: 'write something visible' }),
  );

export const VisitBlockSchema = z.strictObject({
  ...blockBase,
  kind: z.literal('visit'),
  /** What the pairs are asked to agree. */
  prompt: shortText,
  pairing: z._default(z.enum(VISIT_PAIRINGS), 'drawn'),
  /** Longest question to take along; host and date are a line each. */
  maxLength: z._default(z.int().check(z.minimum(20), z.maximum(MAX_TEXT_ANSWER)), 500),
});

export const VisitContentSchema = z.strictObject({
  kind: z.literal('visit'),
  prompt: z.string(),
  pairing: z.enum(VISIT_PAIRINGS),
  maxLength: z.int(),
});

/** An agreement as a phone sends it; `partner` only where the room chose its own pairs. */
export const VisitAnswerSchema = z.strictObject({
  kind: z.literal('visit'),
  /** Whose kitchen: a role is enough ("de wethouder jeugd", "een collega bij de provincie"). */
  host: line(MAX_VISIT_HOST),
  when: line(MAX_VISIT_WHEN),
  question: line(MAX_TEXT_ANSWER, true),
  partner: z.optional(line(MAX_VISIT_PARTNER)),
});

export const VisitResultsSchema = z.strictObject({
  kind: z.literal('visit'),
  respondents: z.int(),
});

/**
 * An agreement as its maker sees it again (the summary, the report-back): the partners by name
 * (null for one who joined without a name), drawn or named by the participant.
 */
export const VisitAgreementSchema = z.strictObject({
  blockId: z.string(),
  host: z.string(),
  when: z.string(),
  question: z.string(),
  partners: z.array(z.nullable(z.string())),
});
export type VisitAgreement = z.infer<typeof VisitAgreementSchema>;

const SAMPLE_VISITS = [
  {
    host: 'De wethouder wonen, tijdens haar wekelijkse portefeuilleoverleg',
    when: 'Tweede week van maart',
    question: 'Wanneer wil zij een dossier voor het eerst zien, en hoe?',
  },
  {
    host: 'Een teamleider bij de provincie die veel met gedeputeerden werkt',
    when: 'Voor de zomer',
    question: 'Hoe bereidt hij een lastig gesprek met zijn bestuurder voor?',
  },
  {
    host: 'De bestuursadviseur van de burgemeester',
    when: 'Binnen vier weken',
    question: 'Welke signalen uit de raad vangt zij op voordat wij ze zien?',
  },
];

export const visitRules: BlockKindRules<'visit'> = {
  kind: 'visit',
  labelKey: 'kind.visit',
  answer: replacing({
    same: (a, b) =>
      a.host === b.host &&
      a.when === b.when &&
      a.question === b.question &&
      a.partner === b.partner,
    done: () => true,
    fit: (block, answer) => {
      if (answer.question.length > block.maxLength) {
        throw misfit(
          `a question here has at most ${block.maxLength} characters`,
          'answer.question',
        );
      }
      if (block.pairing === 'drawn' && answer.partner !== undefined) {
        throw misfit('the pairs of this block are drawn: no partner to name', 'answer.partner');
      }
    },
    results: (_block, answers) => ({ kind: 'visit', respondents: answers.length }),
    cells: (answer) => [
      ['host', answer.host],
      ['when', answer.when],
      ['question', answer.question],
      ...(answer.partner === undefined ? [] : [['partner', answer.partner] as [string, string]]),
    ],
    sample: (block, n) => {
      const sample = SAMPLE_VISITS[n % SAMPLE_VISITS.length]!;
      const question = sample.question.slice(0, block.maxLength);
      return block.pairing === 'chosen'
        ? { kind: 'visit', ...sample, question, partner: ['Sanne', 'Ahmed', 'Joost'][n % 3]! }
        : { kind: 'visit', ...sample, question };
    },
  }),
  chart: false,
  // Drawing the pairs is the console's move; a room that pairs up itself needs none.
  consoleActivity: true,
  timerBeside: true,
  anonymous: never,
  content: (block) => ({
    kind: 'visit',
    prompt: block.prompt,
    pairing: block.pairing,
    maxLength: block.maxLength,
  }),
  question: (block) => block.prompt,
  reference: null,
  check: null,
  groupSize: (block) => (block.pairing === 'drawn' ? 2 : null),
  template: (id) => ({
    id,
    kind: 'visit',
    title: 'Keukenbezoek plannen',
    minutes: 10,
    prompt: 'Spreek met je maatje af bij wie jullie op bezoek gaan, wanneer, en met welke vraag.',
  }),
  items: {},
};
