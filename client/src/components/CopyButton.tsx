import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

interface CopyButtonProps {
  /** What goes on the clipboard. */
  text: string;
  label: string;
  /** A fuller name for screen readers, when several such buttons share one label. */
  ariaLabel?: string;
  testId: string;
}

/** How long "copied" stays in view. */
const SAID_MS = 4000;

/**
 * Copies a link. Where the browser refuses (no clipboard on plain http, a denied permission) the
 * link is shown selected instead, so Ctrl+C still does it: the trainer is never left without it.
 */
export function CopyButton({ text, label, ariaLabel, testId }: CopyButtonProps) {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === 'failed') field.current?.select();
    if (state !== 'copied') return;
    const timer = setTimeout(() => setState('idle'), SAID_MS);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <span className="copy-button">
      <button
        type="button"
        className="button button--quiet"
        aria-label={ariaLabel}
        data-testid={testId}
        onClick={() => void copy()}
      >
        {label}
      </button>
      <span aria-live="polite" className="copy-button__said">
        {state === 'copied' ? (
          <span data-testid={`${testId}-done`}>{t('facilitator.copied')}</span>
        ) : null}
      </span>
      {state === 'failed' ? (
        <span className="copy-button__fallback">
          <label htmlFor={`${id}-link`} className="field__hint">
            {t('facilitator.copyFailed')}
          </label>
          <input
            id={`${id}-link`}
            ref={field}
            className="input"
            readOnly
            value={text}
            onFocus={(event) => event.target.select()}
          />
        </span>
      ) : null}
    </span>
  );
}
