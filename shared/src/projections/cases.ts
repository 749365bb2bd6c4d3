import type { z } from 'zod/mini';
import type {
  ConsoleCasesSchema,
  PhoneCasesSchema,
  PracticeAnswer,
  ScreenCasesSchema,
} from '../blocks/practice.js';
import { casesOf, voteCounts } from '../blocks/practice-cases.js';
import type { BlockRun, RoomState } from '../room/state.js';
import { byLocale } from './common.js';

/**
 * What each screen sees of a practice block's dossiers, shortlist and choice. The block is
 * anonymous: no view names who sent a dossier in or how anyone voted, except the console's
 * name on a dossier whose author asked for it.
 */

type PhoneCases = z.infer<typeof PhoneCasesSchema>;
type ScreenCases = z.infer<typeof ScreenCasesSchema>;
type ConsoleCases = z.infer<typeof ConsoleCasesSchema>;

function practiceAnswers(run: BlockRun): PracticeAnswer[] {
  const answers: PracticeAnswer[] = [];
  for (const answer of Object.values(run.answers)) {
    if (answer.kind === 'practice') answers.push(answer);
  }
  return answers;
}

const bare = ({ id, title, text }: { id: string; title: string; text: string }) => ({
  id,
  title,
  text,
});

/** Every phone alike: the shortlist only while it can be voted on, and the case chosen. */
export function phoneCases(run: BlockRun): PhoneCases {
  const cases = casesOf(run);
  return {
    voting: cases.voting,
    candidates: cases.voting ? cases.candidates.map(bare) : [],
    chosen: cases.chosen,
  };
}

/** The projector: the votes per case only once the vote has closed, so no bar sways the room. */
export function screenCases(run: BlockRun): ScreenCases {
  const cases = casesOf(run);
  const answers = practiceAnswers(run);
  const counts = voteCounts(cases.candidates, answers);
  const closed = !cases.voting && Object.values(counts).some((n) => n > 0);
  return {
    submitted: answers.filter((a) => a.case !== undefined).length,
    voting: cases.voting,
    votes: Object.values(counts).reduce((sum, n) => sum + n, 0),
    candidates: cases.candidates.map((c) => ({ ...bare(c), votes: closed ? counts[c.id]! : null })),
    chosen: cases.chosen,
  };
}

/** The console: the dossiers in a fixed order by their opaque id, never the order sent in. */
export function consoleCases(state: RoomState, run: BlockRun): ConsoleCases {
  const cases = casesOf(run);
  const submissions: ConsoleCases['submissions'] = [];
  for (const [participantId, id] of Object.entries(run.reflectionIds)) {
    const answer = run.answers[participantId];
    if (answer?.kind !== 'practice' || !answer.case) continue;
    const { title, who, stake, deadline, named } = answer.case;
    const author = named ? (state.participants[participantId]?.name ?? null) : null;
    submissions.push({ id, title, who, stake, deadline, author, named });
  }
  submissions.sort((a, b) => byLocale(a.id, b.id));
  const counts = voteCounts(cases.candidates, practiceAnswers(run));
  return {
    submissions,
    candidates: cases.candidates.map((c) => ({
      ...bare(c),
      sources: c.sources,
      votes: counts[c.id]!,
    })),
    voting: cases.voting,
    votes: Object.values(counts).reduce((sum, n) => sum + n, 0),
    chosen: cases.chosen,
  };
}
