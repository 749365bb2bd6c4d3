import { useState } from 'react';
import { useT } from '../i18n/useT';

interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  testId: string;
  disabled?: boolean;
}

/** A button that asks once more, inline, before it does something that cannot be undone. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button
        type="button"
        className="button button--danger"
        data-testid={props.testId}
        disabled={props.disabled}
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
        onClick={() => setAsking(false)}
      >
        {t('common.cancel')}
      </button>
    </div>
  );
}
