import { checkScenario, type ProgrammeProblem } from '@samenspel/shared';

/** What the checker says about a scenario input, in the API's shape; empty when it is sound. */
export function problemsOf(scenario: Record<string, unknown>): ProgrammeProblem[] {
  const check = checkScenario(scenario);
  if (check.ok) return [];
  return check.problems.map((problem) => ({
    path: [...problem.path],
    message: problem.message,
    ...(problem.atKey === undefined ? {} : { atKey: problem.atKey }),
  }));
}
