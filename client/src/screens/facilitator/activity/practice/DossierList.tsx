import { useState } from 'react';
import type { FacilitatorRun } from '@samenspel/shared';
import { useT } from '../../../../i18n/useT';
import type { Translate } from '../../../../i18n/useT';
import type { CaseDraft } from './CaseEditor';

type ConsoleCases = NonNullable<FacilitatorRun['cases']>;
type Submission = ConsoleCases['submissions'][number];

interface DossierListProps {
  submissions: Submission[];
  candidates: ConsoleCases['candidates'];
  locked: boolean;
  onShortlist: (draft: CaseDraft) => void;
}

/**
 * The dossiers as they came in (in a fixed order, not the order sent), each with its author's
 * name only where they asked for it. Tick several to merge them into one case.
 */
export function DossierList({ submissions, candidates, locked, onShortlist }: DossierListProps) {
  const t = useT();
  const [picked, setPicked] = useState<string[]>([]);
  const listed = new Set(candidates.flatMap((c) => c.sources));
  const known = picked.filter((id) => submissions.some((s) => s.id === id));
  const toggle = (id: string, on: boolean) =>
    setPicked((now) => (on ? [...now, id] : now.filter((p) => p !== id)));
  const merge = () => {
    const chosen = submissions.filter((s) => known.includes(s.id));
    onShortlist(draftFrom(chosen, t));
    setPicked([]);
  };

  return (
    <section className="console-practice__dossiers" aria-labelledby="practice-dossiers">
      <div className="console-practice__head">
        <h3 id="practice-dossiers">
          {t('console.practice.dossiers', { count: submissions.length })}
        </h3>
        {known.length >= 2 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={merge}
            disabled={locked}
            data-testid="dossiers-merge"
          >
            {t('console.practice.merge', { count: known.length })}
          </button>
        ) : null}
      </div>
      <p className="muted small">{t('console.practice.privacy')}</p>
      {submissions.length === 0 ? (
        <p className="console-empty">{t('console.practice.noDossiers')}</p>
      ) : (
        <ul className="console-practice__list">
          {submissions.map((submission) => (
            <li
              key={submission.id}
              className="console-dossier"
              data-testid="dossier"
              data-dossier-id={submission.id}
            >
              <label className="console-dossier__pick">
                <input
                  type="checkbox"
                  className="checkbox"
                  checked={known.includes(submission.id)}
                  onChange={(event) => toggle(submission.id, event.target.checked)}
                  data-testid="dossier-pick"
                />
                <span className="visually-hidden">
                  {t('console.practice.pick', { title: submission.title })}
                </span>
              </label>
              <div className="console-dossier__body">
                <h4 className="console-dossier__title">{submission.title}</h4>
                <p className="console-dossier__meta small" data-testid="dossier-author">
                  {submission.named
                    ? (submission.author ?? t('console.practice.namedWithoutName'))
                    : t('console.practice.anonymous')}
                  {listed.has(submission.id) ? ` · ${t('console.practice.onShortlist')}` : ''}
                </p>
                <DossierLines submission={submission} />
                <button
                  type="button"
                  className="button"
                  onClick={() => onShortlist(draftFrom([submission], t))}
                  disabled={locked}
                  data-testid="dossier-shortlist"
                >
                  {t('console.practice.shortlist')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DossierLines({ submission }: { submission: Submission }) {
  const t = useT();
  return (
    <dl className="console-dossier__lines">
      {submission.who ? (
        <>
          <dt>{t('console.practice.who')}</dt>
          <dd>{submission.who}</dd>
        </>
      ) : null}
      <dt>{t('console.practice.stake')}</dt>
      <dd>{submission.stake}</dd>
      {submission.deadline ? (
        <>
          <dt>{t('console.practice.deadline')}</dt>
          <dd>{submission.deadline}</dd>
        </>
      ) : null}
    </dl>
  );
}

/** A first version of the case for the screen, from one dossier or several, to edit before saving. */
export function draftFrom(submissions: readonly Submission[], t: Translate): CaseDraft {
  const paragraph = (s: Submission) =>
    [
      submissions.length > 1 ? `**${s.title}**` : null,
      s.who ? `${t('console.practice.who')} ${s.who}` : null,
      s.stake,
      s.deadline ? `${t('console.practice.deadline')} ${s.deadline}` : null,
    ]
      .filter((line) => line !== null)
      // Each its own paragraph: a single line break would run them together on the screen.
      .join('\n\n');
  return {
    title: submissions
      .map((s) => s.title)
      .join(' / ')
      .slice(0, 100),
    text: submissions.map(paragraph).join('\n\n'),
    sources: submissions.map((s) => s.id),
  };
}
