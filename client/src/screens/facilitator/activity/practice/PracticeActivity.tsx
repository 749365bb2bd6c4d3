import { useState } from 'react';
import type { FacilitatorRun } from '@samenspel/shared';
import type { CommandDraft } from '../../../../net/commandQueue';
import type { SendCommand } from '../../../../hooks/useRoomConnection';
import { errorText } from '../../../../i18n/errors';
import { useT } from '../../../../i18n/useT';
import { CaseEditor, type CaseDraft } from './CaseEditor';
import { DossierList } from './DossierList';
import { Shortlist } from './Shortlist';
import './practice.css';

type ConsoleCases = NonNullable<FacilitatorRun['cases']>;

interface PracticeActivityProps {
  blockId: string;
  cases: ConsoleCases | null;
  send: SendCommand;
}

/**
 * The dossiers the room sent in, to put on a shortlist (one by one, or several merged into one
 * case), in the facilitator's own words for the screen; then the room votes, or the facilitator
 * picks, and the chosen case is what the later rounds play.
 */
export function PracticeActivity({ blockId, cases, send }: PracticeActivityProps) {
  const t = useT();
  const [editing, setEditing] = useState<CaseDraft | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current: ConsoleCases = cases ?? {
    submissions: [],
    candidates: [],
    voting: false,
    votes: 0,
    chosen: null,
  };

  const run = async (draft: CommandDraft): Promise<boolean> => {
    const outcome = await send(draft);
    setProblem(outcome.ok ? null : errorText(t, outcome.error));
    return outcome.ok;
  };

  const save = async (draft: CaseDraft) => {
    const ok = await run({
      type: 'cases.list',
      blockId,
      ...(draft.candidateId === undefined ? {} : { candidateId: draft.candidateId }),
      title: draft.title.trim(),
      text: draft.text.trim(),
      sources: draft.sources,
    });
    if (ok) setEditing(null);
  };

  return (
    <div className="console-practice" data-testid="practice-activity">
      {problem ? (
        <p className="console-practice__problem" role="alert" data-testid="practice-problem">
          {problem}
        </p>
      ) : null}
      <Shortlist
        cases={current}
        onEdit={(candidate) =>
          setEditing({
            candidateId: candidate.id,
            title: candidate.title,
            text: candidate.text,
            sources: candidate.sources,
          })
        }
        onUnlist={(candidateId) => void run({ type: 'cases.unlist', blockId, candidateId })}
        onChoose={(candidateId) => void run({ type: 'cases.choose', blockId, candidateId })}
        onVoting={(open) => void run({ type: 'cases.voting', blockId, open })}
      />
      {editing ? (
        <CaseEditor
          draft={editing}
          locked={current.voting}
          onSave={(draft) => void save(draft)}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <DossierList
        submissions={current.submissions}
        candidates={current.candidates}
        locked={current.voting}
        onShortlist={(draft) => setEditing(draft)}
      />
    </div>
  );
}
