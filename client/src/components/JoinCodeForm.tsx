import { useId, useState, type FormEvent } from 'react';
import { normalizeJoinCode } from '@samenspel/shared';
import { useT } from '../i18n/useT';

interface JoinCodeFormProps {
  /** Called with the normalised code (upper case, no dashes or spaces). */
  onCode: (code: string) => void;
  /** Called when someone starts on the field (focus or typing): time to fetch what follows. */
  onBegin?: () => void;
}

/** The big "join with code" form: forgiving about case, spaces and dashes. */
export function JoinCodeForm({ onCode, onBegin }: JoinCodeFormProps) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeJoinCode(value);
    if (code === null) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onCode(code);
  };

  return (
    <form className="join-code-form" onSubmit={submit} noValidate data-testid="join-code-form">
      <label htmlFor={`${id}-code`} className="field__label">
        {t('joinCode.label')}
      </label>
      <input
        id={`${id}-code`}
        className="input input--code"
        name="code"
        value={value}
        onFocus={onBegin}
        onChange={(event) => {
          onBegin?.();
          setValue(event.target.value);
        }}
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        maxLength={12}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid}
        data-testid="join-code-input"
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('joinCode.hint')}
      </p>
      {invalid ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t('joinCode.invalid')}
        </p>
      ) : null}
      <button
        type="submit"
        className="button button--primary button--large"
        data-testid="join-code-submit"
      >
        {t('joinCode.submit')}
      </button>
    </form>
  );
}
