import { useId, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { AnswerStatus } from './AnswerStatus';
import { LockedNote } from './LockedNote';
import type { ActivityProps } from './types';
import { useAnswerSender } from './useAnswerSender';
import { useTextDraft } from './useTextDraft';
import { VisitAgreementCard } from './visit/VisitAgreementCard';

/** Near the limit, the count is also spoken; before that it would only be noise. */
const ANNOUNCE_BELOW = 50;

const sameText = (draft: string, sent: string) => draft.trim() === sent.trim();

/**
 * A reflection: the prompt, a text field with a live count, a note when it is anonymous, and a
 * send button. The text is kept on the phone until the server has it, and can be sent again
 * (the new text replaces the old) until the facilitator closes the round.
 */
export function ReflectionBlock({ content, mine, target }: ActivityProps<'reflection'>) {
  const t = useT();
  const id = useId();
  const saved = mine.answer?.kind === 'reflection' ? mine.answer.text : null;
  const { draft, change, acknowledged } = useTextDraft(target, saved, sameText);
  const sender = useAnswerSender(target, { saved: saved !== null, locked: mine.locked });
  const text = draft ?? saved ?? '';
  const trimmed = text.trim();
  const unsent = draft !== null && trimmed !== '' && trimmed !== saved;
  const remaining = content.maxLength - text.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (trimmed === '' || mine.locked) return;
    void sender.submit({ kind: 'reflection', text: trimmed }).then((ok) => {
      if (ok) acknowledged(trimmed);
    });
  };

  const describedBy = [
    content.anonymous ? `${id}-anonymous` : null,
    `${id}-count`,
    saved !== null && !mine.locked ? `${id}-edit` : null,
  ]
    .filter((part) => part !== null)
    .join(' ');

  return (
    <form className="activity" onSubmit={submit} data-testid="answer-reflection" noValidate>
      {mine.locked ? <LockedNote text={t('phone.locked.writing')} /> : null}
      {mine.intentions !== null ? (
        <section className="look-back" data-testid="look-back" aria-labelledby={`${id}-look-back`}>
          <h2 id={`${id}-look-back`}>{t('phone.lookBack.mine')}</h2>
          {mine.intentions.length > 0 ? (
            <ul className="summary__intentions">
              {mine.intentions.map((intention, i) => (
                <li key={i}>{intention}</li>
              ))}
            </ul>
          ) : (
            <p className="field__hint">{t('phone.lookBack.none')}</p>
          )}
        </section>
      ) : null}
      {mine.visit !== null ? (
        <section
          className="look-back"
          data-testid="look-back-visit"
          aria-labelledby={`${id}-visit`}
        >
          <h2 id={`${id}-visit`}>{t('phone.lookBack.visit')}</h2>
          {mine.visit.agreement ? (
            <VisitAgreementCard agreement={mine.visit.agreement} />
          ) : (
            <p className="field__hint">{t('phone.lookBack.noVisit')}</p>
          )}
        </section>
      ) : null}
      <label htmlFor={`${id}-text`} className="activity__question">
        {content.prompt}
      </label>
      {content.anonymous ? (
        <p
          id={`${id}-anonymous`}
          className="anonymous-note"
          data-testid="reflection-anonymous-note"
        >
          {t('phone.reflection.anonymous')}
        </p>
      ) : null}
      <textarea
        id={`${id}-text`}
        className="input textarea"
        rows={6}
        value={text}
        maxLength={content.maxLength}
        readOnly={mine.locked}
        onChange={(event) => change(event.target.value)}
        aria-describedby={describedBy}
        data-testid="reflection-input"
      />
      <div className="textarea-meta">
        <p id={`${id}-count`} className="char-count" data-testid="reflection-count">
          {t('phone.reflection.count', { n: text.length, max: content.maxLength })}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {remaining <= ANNOUNCE_BELOW ? t('phone.reflection.remaining', { n: remaining }) : ''}
        </p>
      </div>
      {saved !== null && !mine.locked ? (
        <p id={`${id}-edit`} className="field__hint">
          {t('phone.reflection.editHint')}
        </p>
      ) : null}
      {/* Once sent, the button only comes back with a change to send. */}
      {mine.locked || (saved !== null && !unsent) ? null : (
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={trimmed === '' || trimmed === saved}
          data-testid="reflection-submit"
        >
          {saved === null ? t('phone.reflection.submit') : t('phone.reflection.resubmit')}
        </button>
      )}
      <AnswerStatus
        sender={sender}
        sentLabel={t('phone.state.sentReflection')}
        draftLabel={unsent ? t('phone.reflection.draft') : null}
      />
    </form>
  );
}
