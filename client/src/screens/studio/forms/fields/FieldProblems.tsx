import type { ScenarioProblem } from '@samenspel/shared';
import { useForm } from '../formContext';

/**
 * The checker's words about one field, right under it; the field points here with
 * aria-describedby. Each problem carries its place in the form's list, so the form can tell which
 * problems found a field and list the others at the top.
 */
export function FieldProblems({
  id,
  problems,
}: {
  id: string;
  problems: readonly ScenarioProblem[];
}) {
  const { problems: all } = useForm();
  if (problems.length === 0) return null;
  return (
    // The checker speaks English (as pnpm scenarios:check does): read out as English.
    <ul className="studio-field__problems" id={id} data-testid="field-problem" lang="en">
      {problems.map((problem, index) => (
        <li key={index} data-problem-index={all.indexOf(problem)}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}
