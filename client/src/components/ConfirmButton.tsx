import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
  disabled?: boolean;
  /** The first button's classes, for a smaller one in a list; a danger button unless said. */
  className?: string;
  /** The first button's accessible name, when its text alone does not say what it acts on. */
  ariaLabel?: string;
}

/** A button that asks once more, inline, before it does something that cannot be undone. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // A keyboard user who says no lands where they started, not at the top of the page.
  useEffect(() => {
    if (!asking && cancelled) {
      trigger.current?.focus();
      setCancelled(false);
    }
  }, [asking, cancelled]);
  if (!asking) {
    return (
      <button
        ref={trigger}
        type="button"
        className={props.className ?? 'button button--danger'}
        data-testid={props.testId}
        disabled={props.disabled}
        aria-label={props.ariaLabel}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={props.question}>
      <p className="confirm__question">{props.question}</p>
      <button
        type="button"
        className="button button--danger"
        data-testid={`${props.testId}-confirm`}
        onClick={() => {
          setAsking(false);
          props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button
        type="button"
        className="button button--secondary"
        data-testid={`${props.testId}-cancel`}
        autoFocus
        onClick={() => {
          setAsking(false);
          setCancelled(true);
        }}
      >
        {t('common.cancel')}
      </button>
    </div>
  );
}
