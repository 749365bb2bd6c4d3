import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/useT';
import { AnswerStatus } from './AnswerStatus';
import { LockedNote } from './LockedNote';
import type { ActivityProps } from './types';
import { useAnswerSender } from './useAnswerSender';

const sameChoice = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * A vote: large radio buttons (a tap sends at once) or checkboxes with a send button. The own
 * choice shows as chosen and can change until the facilitator closes the vote.
 */
export function PollBlock({ content, mine, target }: ActivityProps<'poll'>) {
  const t = useT();
  const id = useId();
  const saved = mine.answer?.kind === 'poll' ? mine.answer.optionIds : null;
  // What was tapped here wins over the server's copy, which may lag behind by a round trip.
  const [local, setLocal] = useState<string[] | null>(null);
  const [submitted, setSubmitted] = useState<string[] | null>(null);
  const sender = useAnswerSender(target, {
    saved: saved !== null,
    locked: mine.locked,
    // Refused (the vote closed meanwhile): show again what the server holds, not the tap.
    onRefused: () => {
      setLocal(null);
      setSubmitted(null);
    },
  });
  const chosen = local ?? saved ?? [];
  const sent = saved !== null || submitted !== null;
  const changed =
    content.multiple && local !== null && !sameChoice(local, submitted ?? saved ?? []);

  // Options go out in the scenario's order, whatever order they were tapped in.
  const inOrder = (ids: readonly string[]) =>
    content.options.map((option) => option.id).filter((optionId) => ids.includes(optionId));

  const send = (optionIds: string[]) => {
    setSubmitted(optionIds);
    void sender.submit({ kind: 'poll', optionIds });
  };

  const choose = (optionId: string, checked: boolean) => {
    // The fieldset is disabled when closed; this also holds where a browser lets a tap through.
    if (mine.locked) return;
    if (!content.multiple) {
      setLocal([optionId]);
      send([optionId]);
      return;
    }
    setLocal(inOrder(checked ? [...chosen, optionId] : chosen.filter((c) => c !== optionId)));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (chosen.length > 0 && !mine.locked) send(inOrder(chosen));
  };

  return (
    <form className="activity" onSubmit={submit} data-testid="answer-poll" noValidate>
      {mine.locked ? <LockedNote text={t('phone.locked.vote')} /> : null}
      <fieldset
        className="choices"
        disabled={mine.locked}
        aria-describedby={mine.locked ? undefined : `${id}-hint`}
      >
        <legend className="activity__question">{content.question}</legend>
        {mine.locked ? null : (
          <p id={`${id}-hint`} className="field__hint">
            {content.multiple ? t('phone.poll.chooseMany') : t('phone.poll.chooseOne')}
          </p>
        )}
        {content.options.map((option) => {
          const selected = chosen.includes(option.id);
          return (
            <label
              key={option.id}
              className={selected ? 'choice choice--selected' : 'choice'}
              data-testid="poll-option"
              data-option-id={option.id}
              data-selected={selected}
            >
              <input
                className="choice__input"
                type={content.multiple ? 'checkbox' : 'radio'}
                name={`${id}-poll`}
                value={option.id}
                checked={selected}
                onChange={(event) => choose(option.id, event.target.checked)}
              />
              <span className="choice__label">{option.label}</span>
            </label>
          );
        })}
      </fieldset>
      {/* Once sent, the button only comes back with a change to send. */}
      {content.multiple && !mine.locked && (!sent || changed) ? (
        <button
          type="submit"
          className="button button--primary button--large"
          disabled={chosen.length === 0}
          data-testid="poll-submit"
        >
          {sent ? t('phone.poll.resubmit') : t('phone.poll.submit')}
        </button>
      ) : null}
      <AnswerStatus
        sender={sender}
        sentLabel={t('phone.state.sent')}
        draftLabel={changed ? t('phone.poll.notSent') : null}
      />
    </form>
  );
}
