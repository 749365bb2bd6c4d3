import { useId, useState, type FormEvent } from 'react';
import { MAX_INTENTION_LENGTH } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';
import { AnswerStatus } from './AnswerStatus';
import { LockedNote } from './LockedNote';
import type { ActivityProps } from './types';
import { useAnswerSender } from './useAnswerSender';
import { useTextDraft } from './useTextDraft';

/** The draft is a list kept as JSON text, so it shares the reflection's draft storage. */
function readList(draft: string | null): string[] | null {
  if (draft === null) return null;
  try {
    const parsed: unknown = JSON.parse(draft);
    return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')
      ? parsed
      : null;
  } catch {
    return null;
  }
}

const filled = (items: readonly string[]) =>
  items.map((item) => item.trim()).filter((item) => item !== '');

const sameList = (draft: string, sent: string) => {
  const a = filled(readList(draft) ?? []);
  const b = filled(readList(sent) ?? []);
  return a.length === b.length && a.every((item, i) => item === b[i]);
};

/**
 * Personal intentions: up to `max` short texts, added and removed one by one, kept on the
 * phone until saved. Once saved they show as a list, with a way to change them while open.
 */
export function IntentionsBlock({ content, mine, target }: ActivityProps<'intentions'>) {
  const t = useT();
  const id = useId();
  const saved = mine.answer?.kind === 'intentions' ? mine.answer.items : null;
  const savedText = saved === null ? null : JSON.stringify(saved);
  const { draft, change, acknowledged } = useTextDraft(target, savedText, sameList);
  const sender = useAnswerSender(target, { saved: saved !== null, locked: mine.locked });
  const [editing, setEditing] = useState(false);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  const items = readList(draft) ?? (saved && saved.length > 0 ? saved : ['']);
  const toSend = filled(items).slice(0, content.max);
  const showSaved = saved !== null && draft === null && !editing;
  const unsent = draft !== null && toSend.length > 0;

  const update = (next: string[]) => change(JSON.stringify(next));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (toSend.length === 0 || mine.locked) return;
    void sender.submit({ kind: 'intentions', items: toSend }).then((ok) => {
      if (!ok) return;
      acknowledged(JSON.stringify(toSend));
      setEditing(false);
    });
  };

  if (showSaved) {
    return (
      <div className="activity" data-testid="answer-intentions">
        {mine.locked ? <LockedNote text={t('phone.locked.writing')} /> : null}
        <p className="activity__question">{content.prompt}</p>
        <h2 className="saved-list__title">{t('phone.intentions.saved')}</h2>
        <ol className="saved-list">
          {saved.map((item, i) => (
            <li key={i} data-testid="intention-saved">
              {item}
            </li>
          ))}
        </ol>
        {mine.locked ? null : (
          <button
            type="button"
            className="button button--secondary"
            data-testid="intentions-edit"
            onClick={() => {
              setEditing(true);
              setFocusIndex(0);
            }}
          >
            {t('phone.intentions.edit')}
          </button>
        )}
        <AnswerStatus sender={sender} sentLabel={t('phone.state.sentIntentions')} />
      </div>
    );
  }

  return (
    <form className="activity" onSubmit={submit} data-testid="answer-intentions" noValidate>
      {mine.locked ? <LockedNote text={t('phone.locked.writing')} /> : null}
      <fieldset className="intentions" disabled={mine.locked} aria-describedby={`${id}-tip`}>
        <legend className="activity__question">{content.prompt}</legend>
        <p id={`${id}-tip`} className="field__hint">
          {t('phone.intentions.tip')}{' '}
          {content.max > 1 ? t('phone.intentions.max', { max: content.max }) : null}
        </p>
        {items.map((item, i) => (
          <div key={i} className="intention">
            <div className="intention__head">
              <label htmlFor={`${id}-${i}`} className="field__label">
                {t('phone.intentions.label', { n: i + 1 })}
              </label>
              {items.length > 1 ? (
                <button
                  type="button"
                  className="button button--quiet intention__remove"
                  aria-label={t('phone.intentions.removeLabel', { n: i + 1 })}
                  data-testid="intention-remove"
                  onClick={() => {
                    update(items.filter((_, j) => j !== i));
                    setFocusIndex(null);
                  }}
                >
                  {t('phone.intentions.remove')}
                </button>
              ) : null}
            </div>
            <textarea
              id={`${id}-${i}`}
              className="input textarea textarea--short"
              rows={2}
              value={item}
              maxLength={MAX_INTENTION_LENGTH}
              autoFocus={focusIndex === i}
              onChange={(event) =>
                update(items.map((old, j) => (j === i ? event.target.value : old)))
              }
              data-testid="intention-input"
            />
          </div>
        ))}
        {items.length < content.max ? (
          <button
            type="button"
            className="button button--secondary"
            data-testid="intention-add"
            onClick={() => {
              update([...items, '']);
              setFocusIndex(items.length);
            }}
          >
            {t('phone.intentions.add')}
          </button>
        ) : null}
      </fieldset>
      {mine.locked ? null : (
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={toSend.length === 0}
          data-testid="intentions-submit"
        >
          {t('phone.intentions.submit')}
        </button>
      )}
      <AnswerStatus
        sender={sender}
        sentLabel={t('phone.state.sentIntentions')}
        draftLabel={unsent ? t('phone.intentions.draft') : null}
      />
    </form>
  );
}
