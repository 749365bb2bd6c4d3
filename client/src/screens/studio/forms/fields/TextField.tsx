import type { FieldPath } from '../../model/setField';
import { FieldProblems } from './FieldProblems';
import { useField } from './useField';

export interface TextFieldProps {
  path: FieldPath;
  label: string;
  value: unknown;
  hint?: string;
  /** Emptied, the key goes: an optional text is either there or not, never an empty string. */
  optional?: boolean;
  testId?: string;
}

/** A one-line text: a title, a question, an option's label, an id. */
export function TextField({ path, label, value, hint, optional, testId }: TextFieldProps) {
  const field = useField(path, hint !== undefined);
  return (
    <div className="studio-field">
      <label htmlFor={field.id}>{label}</label>
      {hint !== undefined ? (
        <p className="studio-field__hint" id={field.hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={field.id}
        type="text"
        lang={field.lang}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        data-testid={testId}
        onChange={(event) =>
          field.set(optional && event.target.value === '' ? undefined : event.target.value)
        }
        onBlur={field.onBlur}
      />
      <FieldProblems id={field.problemId} problems={field.problems} />
    </div>
  );
}
