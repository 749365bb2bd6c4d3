import { useEffect, useState } from 'react';
import type { FieldPath } from '../../model/setField';
import { FieldProblems } from './FieldProblems';
import { useField } from './useField';

export interface NumberFieldProps {
  path: FieldPath;
  label: string;
  value: unknown;
  min?: number;
  max?: number;
  hint?: string;
  /** Emptied, the key goes and the schema's default applies. */
  optional?: boolean;
  testId?: string;
}

/**
 * A whole number (minutes, a group size). What the trainer typed stays as typed: a number goes
 * into the draft as a number, anything else as the text itself, so the checker names it at this
 * field rather than the form swallowing it.
 */
export function NumberField({
  path,
  label,
  value,
  min,
  max,
  hint,
  optional,
  testId,
}: NumberFieldProps) {
  const field = useField(path, hint !== undefined);
  const shown = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const [text, setText] = useState(shown);
  useEffect(() => {
    // An undo or another edit changed the value: show it, unless it is what is typed already.
    setText((typed) =>
      Number(typed.trim().replace(',', '.')) === value && typed.trim() !== '' ? typed : shown,
    );
  }, [shown, value]);
  return (
    <div className="studio-field studio-field--number">
      <label htmlFor={field.id}>{label}</label>
      {hint !== undefined ? (
        <p className="studio-field__hint" id={field.hintId}>
          {hint}
        </p>
      ) : null}
      <input
        id={field.id}
        type="text"
        inputMode="numeric"
        value={text}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        data-testid={testId}
        {...(min !== undefined ? { 'data-min': min } : {})}
        {...(max !== undefined ? { 'data-max': max } : {})}
        onChange={(event) => {
          const typed = event.target.value;
          setText(typed);
          const trimmed = typed.trim();
          if (trimmed === '') field.set(optional ? undefined : '');
          // A decimal (with a Dutch comma too) goes in as a number, so the checker says "whole
          // minutes" rather than "not a number"; anything else goes in as typed.
          else if (/^-?\d+([.,]\d+)?$/.test(trimmed)) field.set(Number(trimmed.replace(',', '.')));
          else field.set(typed);
        }}
        onBlur={field.onBlur}
      />
      <FieldProblems id={field.problemId} problems={field.problems} />
    </div>
  );
}
