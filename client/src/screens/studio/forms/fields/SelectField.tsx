import type { FieldPath } from '../../model/setField';
import { FieldProblems } from './FieldProblems';
import { useField } from './useField';

export interface SelectOption {
  value: string | number;
  label: string;
}

export interface SelectFieldProps {
  path: FieldPath;
  label: string;
  value: unknown;
  options: readonly SelectOption[];
  /** The label of "none": choosing it removes the key. Without it a choice is required. */
  noneLabel?: string;
  hint?: string;
  testId?: string;
  /** Instead of setting this field alone: a choice that brings other fields along with it. */
  onChoose?: (value: string | number | undefined) => void;
}

/** One of a fixed set: a perspective, an ideal type, 5 or 7 points, an earlier block. */
export function SelectField({
  path,
  label,
  value,
  options,
  noneLabel,
  hint,
  testId,
  onChoose,
}: SelectFieldProps) {
  const field = useField(path, hint !== undefined);
  const current = options.find((option) => option.value === value);
  return (
    <div className="studio-field">
      <label htmlFor={field.id}>{label}</label>
      {hint !== undefined ? (
        <p className="studio-field__hint" id={field.hintId}>
          {hint}
        </p>
      ) : null}
      <select
        id={field.id}
        value={current === undefined ? '' : String(current.value)}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        data-testid={testId}
        onChange={(event) => {
          const chosen = options.find((option) => String(option.value) === event.target.value);
          if (onChoose) onChoose(chosen?.value);
          else field.set(chosen?.value);
        }}
      >
        {noneLabel !== undefined || current === undefined ? (
          <option value="">{noneLabel ?? '—'}</option>
        ) : null}
        {options.map((option) => (
          <option key={String(option.value)} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldProblems id={field.problemId} problems={field.problems} />
    </div>
  );
}
