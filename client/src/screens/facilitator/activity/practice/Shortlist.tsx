import type { FacilitatorRun } from '@samenspel/shared';
import { PlainText } from '../../../../components/PlainText';
import { useT } from '../../../../i18n/useT';

type ConsoleCases = NonNullable<FacilitatorRun['cases']>;
type Candidate = ConsoleCases['candidates'][number];

interface ShortlistProps {
  cases: ConsoleCases;
  onEdit: (candidate: Candidate) => void;
  onUnlist: (candidateId: string) => void;
  onChoose: (candidateId: string) => void;
  onVoting: (open: boolean) => void;
}

/** The cases the room may choose from, their votes (live, for the facilitator), and the choice. */
export function Shortlist({ cases, onEdit, onUnlist, onChoose, onVoting }: ShortlistProps) {
  const t = useT();
  const { candidates, voting, chosen } = cases;
  const leader = Math.max(0, ...candidates.map((c) => c.votes));
  return (
    <section className="console-practice__shortlist" aria-labelledby="practice-shortlist">
      <div className="console-practice__head">
        <h3 id="practice-shortlist">{t('console.practice.shortlistHeading')}</h3>
        {voting ? (
          <button
            type="button"
            className="button"
            onClick={() => onVoting(false)}
            data-testid="cases-vote-close"
          >
            {t('console.practice.voteClose')}
          </button>
        ) : chosen === null && candidates.length >= 2 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => onVoting(true)}
            data-testid="cases-vote-open"
          >
            {t('console.practice.voteOpen')}
          </button>
        ) : null}
      </div>
      <p className="muted small" data-testid="cases-status">
        {chosen
          ? t('console.practice.statusChosen', { title: chosen.title })
          : voting
            ? t('console.practice.statusVoting', { count: cases.votes })
            : candidates.length < 2
              ? t('console.practice.statusFew')
              : t('console.practice.statusReady')}
      </p>
      {candidates.length === 0 ? null : (
        <ol className="console-practice__list">
          {candidates.map((candidate) => {
            const isChosen = chosen?.id === candidate.id;
            return (
              <li
                key={candidate.id}
                className={`console-candidate ${isChosen ? 'console-candidate--chosen' : ''}`}
                data-testid="candidate"
                data-chosen={isChosen}
                data-votes={candidate.votes}
              >
                <div className="console-practice__head">
                  <h4 className="console-dossier__title">{candidate.title}</h4>
                  <span
                    className={`console-candidate__votes ${
                      candidate.votes > 0 && candidate.votes === leader ? 'is-leading' : ''
                    }`}
                  >
                    {t('console.practice.votes', { count: candidate.votes })}
                  </span>
                </div>
                <PlainText text={candidate.text} className="console-candidate__text" />
                <p className="muted small">
                  {t('console.practice.sources', { count: candidate.sources.length })}
                </p>
                <div className="button-row">
                  {isChosen ? (
                    <span className="console-candidate__badge">{t('console.practice.chosen')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--primary"
                      onClick={() => onChoose(candidate.id)}
                      data-testid="candidate-choose"
                    >
                      {t('console.practice.choose')}
                    </button>
                  )}
                  <button
                    type="button"
                    className="button"
                    onClick={() => onEdit(candidate)}
                    disabled={voting}
                    data-testid="candidate-edit"
                  >
                    {t('console.practice.edit')}
                  </button>
                  {isChosen ? null : (
                    <button
                      type="button"
                      className="button"
                      onClick={() => onUnlist(candidate.id)}
                      disabled={voting}
                      data-testid="candidate-unlist"
                    >
                      {t('console.practice.unlist')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
