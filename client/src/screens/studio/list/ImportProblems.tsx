import { formatPath, type ProgrammeProblem } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

interface ImportProblemsProps {
  problems: readonly ProgrammeProblem[];
  /** Names the list for a screen reader: which file these are the problems of. */
  label: string;
}

/**
 * The checker's problems as `pnpm scenarios:check` prints them: where in the file (line and
 * column), the path in the programme, and what is wrong.
 */
export function ImportProblems({ problems, label }: ImportProblemsProps) {
  const t = useT();
  return (
    <ul className="studio-import__problems" aria-label={label} data-testid="import-problems">
      {problems.map((problem, index) => (
        <li key={index} data-testid="import-problem" data-path={formatPath(problem.path)}>
          {problem.line !== undefined ? (
            <>
              <span className="studio-import__at">
                {t('studio.list.import.at', { line: problem.line, column: problem.column ?? 1 })}
              </span>{' '}
            </>
          ) : null}
          {/* `path: message`, as `pnpm scenarios:check` prints it after the file's line. */}
          <code>{formatPath(problem.path)}</code>: <span lang="en">{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
