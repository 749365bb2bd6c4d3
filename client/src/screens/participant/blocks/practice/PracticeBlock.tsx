import type { ActivityProps } from '../types';
import { CaseVote } from './CaseVote';
import { ChosenCase } from './ChosenCase';
import { DossierForm } from './DossierForm';

/**
 * Cases from practice on the phone: send in a dossier of your own; once the facilitator opens
 * the vote, choose from the shortlist; once a case is chosen, read the case the room plays.
 */
export function PracticeBlock({ content, mine, target }: ActivityProps<'practice'>) {
  const cases = mine.cases;
  if (cases?.chosen) return <ChosenCase chosen={cases.chosen} />;
  if (cases?.voting) return <CaseVote candidates={cases.candidates} mine={mine} target={target} />;
  return <DossierForm content={content} mine={mine} target={target} />;
}
