import { useT } from '../../../i18n/useT';
import type { AnswerSender, AnswerState } from './useAnswerSender';

type Shown = AnswerState | 'draft';

interface AnswerStatusProps {
  sender: AnswerSender;
  /** Said once the answer is in; each kind has its own words. */
  sentLabel: string;
  /** Said when there are changes on this phone that have not been sent (null: none). */
  draftLabel?: string | null;
}

/** A small glyph beside the words, so the state is never told by colour alone. */
const ICON: Record<Exclude<Shown, 'idle'>, string> = {
  draft: '•',
  sending: '↑',
  pending: '!',
  sent: '✓',
  failed: '!',
};

/**
 * Where an answer is: on its way, waiting for the network, received, or refused. The status
 * region is always in the page, so a screen reader hears each change ("received").
 */
export function AnswerStatus({ sender, sentLabel, draftLabel = null }: AnswerStatusProps) {
  const t = useT();
  const { state } = sender;
  const shown: Shown =
    draftLabel !== null && (state === 'idle' || state === 'sent') ? 'draft' : state;
  const text: Record<Exclude<Shown, 'idle'>, string> = {
    draft: draftLabel ?? '',
    sending: t('phone.state.sending'),
    pending: t('phone.state.pending'),
    sent: sentLabel,
    failed: t('phone.state.failed'),
  };
  return (
    <div className="answer-state-row">
      <p
        role="status"
        className={`answer-state answer-state--${shown}`}
        data-testid="answer-state"
        data-state={shown}
      >
        {shown === 'idle' ? null : (
          <>
            <span className="answer-state__icon" aria-hidden="true">
              {ICON[shown]}
            </span>
            <span>{text[shown]}</span>
          </>
        )}
      </p>
      {sender.retryable ? (
        <button
          type="button"
          className="button button--secondary"
          data-testid="answer-retry"
          onClick={sender.retry}
        >
          {t('phone.retry')}
        </button>
      ) : null}
    </div>
  );
}
