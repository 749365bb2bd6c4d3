import { PlainText } from '../../../components/PlainText';
import { useT } from '../../../i18n/useT';
import { AnsweredMeter } from '../AnsweredMeter';
import { AskText } from '../AskText';
import { FitBox } from '../FitBox';
import { CaseSheet } from './CaseSheet';
import type { BlockProps } from './types';

/**
 * Cases from practice on the projector: the question while dossiers come in (their count only),
 * the shortlist while the room votes (the votes per case once the vote has closed), and the
 * chosen case as the case sheet. Never who sent in which dossier: the projection has no names.
 */
export function PracticeBlock({ block, content, live, headcount }: BlockProps<'practice'>) {
  const t = useT();
  const cases = live.cases;
  if (cases?.chosen) {
    return (
      <div className="stage-casus" data-testid="presenter-practice-chosen">
        <p className="stage-tag">{t('presenter.practice.chosen')}</p>
        <CaseSheet text={`## ${cases.chosen.title}\n\n${cases.chosen.text}`} title={block.title} />
      </div>
    );
  }
  if (cases && cases.candidates.length > 0 && (cases.voting || cases.votes > 0)) {
    return (
      <div className="stage-question">
        <div className="stage-question__head stage-question__head--small">
          <h2 className="stage-question__text" data-testid="presenter-prompt">
            {t('presenter.practice.shortlist')}
          </h2>
          <p className="stage-tag stage-tag--quiet" data-testid="presenter-practice-votes">
            {t('presenter.practice.votes', { count: cases.votes })}
          </p>
        </div>
        <FitBox content={cases.candidates} className="stage-roles__box" grow={1.4}>
          <ol
            className="stage-cards"
            data-testid="presenter-shortlist"
            data-count={cases.candidates.length}
          >
            {cases.candidates.map((candidate) => (
              <li key={candidate.id} className="stage-card" data-testid="presenter-candidate">
                <div className="stage-card__head">
                  <h3 className="stage-card__name">{candidate.title}</h3>
                  {candidate.votes !== null ? (
                    <span className="stage-card__count" data-testid="presenter-candidate-votes">
                      {t('presenter.practice.votes', { count: candidate.votes })}
                    </span>
                  ) : null}
                </div>
                <PlainText text={candidate.text} className="stage-card__public" />
              </li>
            ))}
          </ol>
        </FitBox>
      </div>
    );
  }
  return (
    <div className="stage-question">
      <AskText block={block} prompt={content.prompt} />
      <AnsweredMeter
        kind="practice"
        progress={live.progress}
        members={headcount.members}
        locked={live.locked}
      />
    </div>
  );
}
