import { formatPath, type ScenarioInput, type ScenarioProblem } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

export interface ProblemsListProps {
  draft: ScenarioInput;
  problems: readonly ScenarioProblem[];
  /** Opens the field a problem is about: selects its block and focuses the input. */
  onShow: (problem: ScenarioProblem) => void;
}

/** Where the block a problem is in is called by its title, so the trainer knows where to look. */
function placeOf(draft: ScenarioInput, problem: ScenarioProblem): string | null {
  const [head, index] = problem.path;
  if (head !== 'blocks' || typeof index !== 'number') return null;
  const block = draft.blocks[index];
  return block ? `${index + 1}. ${block.title || block.id}` : null;
}

/**
 * Everything the checker (the same one as `pnpm scenarios:check`) finds in the draft, each with
 * its place; choosing one opens its field.
 */
export function ProblemsList({ draft, problems, onShow }: ProblemsListProps) {
  const t = useT();
  return (
    <section
      className="studio-problems"
      aria-labelledby="studio-problems-heading"
      data-testid="problems"
    >
      <h2 id="studio-problems-heading" aria-live="polite" data-count={problems.length}>
        {problems.length === 0
          ? t('studio.editor.noProblems')
          : t('studio.editor.problemCount', { count: problems.length })}
      </h2>
      {problems.length > 0 ? (
        <>
          <p className="studio-problems__hint">{t('studio.editor.problemsHint')}</p>
          <ul className="studio-problems__list">
            {problems.map((problem, index) => {
              const place = placeOf(draft, problem);
              return (
                <li key={index}>
                  <button
                    type="button"
                    className="studio-problems__item"
                    data-testid="problem"
                    data-path={formatPath(problem.path)}
                    onClick={() => onShow(problem)}
                  >
                    {place ? <span className="studio-problems__place">{place}</span> : null}
                    <code>{formatPath(problem.path)}</code>
                    <span lang="en">{problem.message}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
