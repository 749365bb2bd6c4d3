import type { FieldPath } from '../../model/setField';
import { FieldProblems } from './FieldProblems';
import { useField } from './useField';

/** A yes/no setting; unticked removes the key, so the schema's default (no) applies. */
export function CheckboxField({
  path,
  label,
  value,
  testId,
}: {
  path: FieldPath;
  label: string;
  value: unknown;
  testId?: string;
}) {
  const field = useField(path);
  return (
    <div className="studio-field studio-field--check">
      <input
        id={field.id}
        type="checkbox"
        checked={value === true}
        aria-invalid={field.invalid || undefined}
        aria-describedby={field.describedBy}
        data-testid={testId}
        onChange={(event) => field.set(event.target.checked ? true : undefined)}
      />
      <label htmlFor={field.id}>{label}</label>
      <FieldProblems id={field.problemId} problems={field.problems} />
    </div>
  );
}
