import type { ScenarioProblem } from '@samenspel/shared';

/** The checker's words about one field, right under it; the field points here with aria-describedby. */
export function FieldProblems({
  id,
  problems,
}: {
  id: string;
  problems: readonly ScenarioProblem[];
}) {
  if (problems.length === 0) return null;
  return (
    // The checker speaks English (as pnpm scenarios:check does): read out as English.
    <ul className="studio-field__problems" id={id} data-testid="field-problem" lang="en">
      {problems.map((problem, index) => (
        <li key={index}>{problem.message}</li>
      ))}
    </ul>
  );
}
