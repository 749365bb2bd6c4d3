import { useId, type FormEvent } from 'react';
import { MAX_CASE_LINE, MAX_CASE_TITLE, type PracticeSubmission } from '@samenspel/shared';
import { useT } from '../../../../i18n/useT';
import { AnswerStatus } from '../AnswerStatus';
import { LockedNote } from '../LockedNote';
import type { ActivityProps } from '../types';
import { useAnswerSender } from '../useAnswerSender';
import { useTextDraft } from '../useTextDraft';
import { LabelledField } from '../LabelledField';
import { parseDossier, sameDossier, trimmedDossier, EMPTY_DOSSIER } from './dossier';

/**
 * A dossier from the participant's own practice: a title, who the bestuurder is, what is at stake
 * and the deadline, anonymous unless they tick that their name may go with it. Kept on the
 * phone as a draft until the server has it, and sent again (replacing it) after a change.
 */
export function DossierForm({ content, mine, target }: ActivityProps<'practice'>) {
  const t = useT();
  const id = useId();
  const saved = mine.answer?.kind === 'practice' ? (mine.answer.case ?? null) : null;
  const savedText = saved === null ? null : JSON.stringify(saved);
  const { draft, change, acknowledged } = useTextDraft(target, savedText, sameDossier);
  const sender = useAnswerSender(target, { saved: saved !== null, locked: mine.locked });
  const dossier: PracticeSubmission = parseDossier(draft) ?? saved ?? EMPTY_DOSSIER;
  const ready = trimmedDossier(dossier);
  const complete = ready.title !== '' && ready.stake !== '';
  const unsent = draft !== null && (saved === null || !sameDossier(draft, JSON.stringify(saved)));

  const set = (patch: Partial<PracticeSubmission>) =>
    change(JSON.stringify({ ...dossier, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!complete || mine.locked) return;
    void sender.submit({ kind: 'practice', case: ready }).then((ok) => {
      if (ok) acknowledged(JSON.stringify(ready));
    });
  };

  return (
    <form className="activity dossier" onSubmit={submit} data-testid="practice-form" noValidate>
      {mine.locked ? <LockedNote text={t('phone.locked.writing')} /> : null}
      <h3 className="activity__question">{content.prompt}</h3>
      <p className="field__hint">{t('phone.practice.intro')}</p>
      <LabelledField
        label={t('phone.practice.title')}
        value={dossier.title}
        max={MAX_CASE_TITLE}
        onChange={(title) => set({ title })}
        readOnly={mine.locked}
        testId="practice-title"
      />
      <LabelledField
        label={t('phone.practice.who')}
        hint={t('phone.practice.whoHint')}
        value={dossier.who}
        max={MAX_CASE_LINE}
        onChange={(who) => set({ who })}
        readOnly={mine.locked}
        testId="practice-who"
      />
      <LabelledField
        label={t('phone.practice.stake')}
        value={dossier.stake}
        max={content.maxLength}
        onChange={(stake) => set({ stake })}
        readOnly={mine.locked}
        multiline
        testId="practice-stake"
      />
      <LabelledField
        label={t('phone.practice.deadline')}
        value={dossier.deadline}
        max={MAX_CASE_LINE}
        onChange={(deadline) => set({ deadline })}
        readOnly={mine.locked}
        testId="practice-deadline"
      />
      <div className="field field--check">
        <input
          id={`${id}-named`}
          type="checkbox"
          className="checkbox"
          checked={dossier.named}
          disabled={mine.locked}
          onChange={(event) => set({ named: event.target.checked })}
          aria-describedby={`${id}-named-hint`}
          data-testid="practice-named"
        />
        <label htmlFor={`${id}-named`}>{t('phone.practice.named')}</label>
        <p id={`${id}-named-hint`} className="field__hint">
          {dossier.named ? t('phone.practice.namedHint') : t('phone.practice.anonymousHint')}
        </p>
      </div>
      {mine.locked || (saved !== null && !unsent) ? null : (
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={!complete}
          data-testid="practice-submit"
        >
          {saved === null ? t('phone.practice.submit') : t('phone.practice.resubmit')}
        </button>
      )}
      <AnswerStatus
        sender={sender}
        sentLabel={t('phone.practice.sent')}
        draftLabel={unsent ? t('phone.reflection.draft') : null}
      />
    </form>
  );
}
