import { useId, useState } from 'react';
import type { ShortlistedCase } from '@samenspel/shared';
import { TextRuns as Runs } from '../../../../components/TextRuns';
import { useT } from '../../../../i18n/useT';
import { toTextBlocks } from '../../../../lib/textBlocks';
import { AnswerStatus } from '../AnswerStatus';
import { LockedNote } from '../LockedNote';
import type { Mine } from '../types';
import type { AnswerTarget } from '../storage';
import { useAnswerSender } from '../useAnswerSender';

interface CaseVoteProps {
  candidates: ShortlistedCase[];
  mine: Mine;
  target: AnswerTarget;
}

/** The shortlist as large radio buttons: a tap sends the vote, another tap changes it. */
export function CaseVote({ candidates, mine, target }: CaseVoteProps) {
  const t = useT();
  const id = useId();
  const saved = mine.answer?.kind === 'practice' ? (mine.answer.vote ?? null) : null;
  const [local, setLocal] = useState<string | null>(null);
  const sender = useAnswerSender(target, {
    saved: saved !== null,
    locked: mine.locked,
    onRefused: () => setLocal(null),
  });
  const chosen = local ?? saved;

  const choose = (candidateId: string) => {
    if (mine.locked) return;
    setLocal(candidateId);
    void sender.submit({ kind: 'practice', vote: candidateId });
  };

  return (
    <div className="activity" data-testid="practice-vote">
      {mine.locked ? <LockedNote text={t('phone.locked.vote')} /> : null}
      <fieldset className="choices" disabled={mine.locked} aria-describedby={`${id}-hint`}>
        <legend className="activity__question">{t('phone.practice.voteQuestion')}</legend>
        <p id={`${id}-hint`} className="field__hint">
          {t('phone.practice.voteHint')}
        </p>
        {candidates.map((candidate) => {
          const selected = chosen === candidate.id;
          return (
            <label
              key={candidate.id}
              className={selected ? 'choice choice--selected choice--case' : 'choice choice--case'}
              data-testid="practice-option"
              data-selected={selected}
            >
              <input
                className="choice__input"
                type="radio"
                name={`${id}-vote`}
                value={candidate.id}
                checked={selected}
                onChange={() => choose(candidate.id)}
              />
              <span className="choice__label">
                <strong data-testid="practice-option-title">{candidate.title}</strong>
                {toTextBlocks(candidate.text).map((block, i) =>
                  block.kind === 'list' ? null : (
                    <span key={i} className="choice__detail">
                      <Runs runs={block.runs} />
                    </span>
                  ),
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
      <AnswerStatus sender={sender} sentLabel={t('phone.practice.voted')} draftLabel={null} />
    </div>
  );
}
