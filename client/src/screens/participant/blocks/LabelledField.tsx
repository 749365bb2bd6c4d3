import { useId } from 'react';
import { useT } from '../../../i18n/useT';

interface LabelledFieldProps {
  label: string;
  hint?: string;
  value: string;
  max: number;
  onChange: (value: string) => void;
  readOnly: boolean;
  multiline?: boolean;
  /** Lines a multiline field shows (five by default; two for a line that may run long). */
  rows?: number;
  testId: string;
}

/** One labelled field of a form (a dossier, a visit), with its limit counted where it is a text of some length. */
export function LabelledField(props: LabelledFieldProps) {
  const {
    label,
    hint,
    value,
    max,
    onChange,
    readOnly,
    multiline = false,
    rows = 5,
    testId,
  } = props;
  const t = useT();
  const id = useId();
  const described = [hint ? `${id}-hint` : null, multiline ? `${id}-count` : null]
    .filter((part) => part !== null)
    .join(' ');
  const shared = {
    id,
    className: multiline ? 'input textarea' : 'input',
    value,
    maxLength: max,
    readOnly,
    'aria-describedby': described || undefined,
    'data-testid': testId,
  };
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {multiline ? (
        <textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} onChange={(event) => onChange(event.target.value)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {multiline ? (
        <p id={`${id}-count`} className="char-count">
          {t('phone.reflection.count', { n: value.length, max })}
        </p>
      ) : null}
    </div>
  );
}
