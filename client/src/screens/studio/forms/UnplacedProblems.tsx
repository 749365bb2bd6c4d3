import { useLayoutEffect, useRef, useState } from 'react';
import { formatPath, type ScenarioProblem } from '@samenspel/shared';
import { useT } from '../../../i18n/useT';

/**
 * The problems no field of the form shows: about the block or programme as a whole, a key the
 * form has no field for, or a field the form does not draw for the data as it is. Read from what
 * is on the page after each render (FieldProblems marks every problem it shows), so no problem
 * the checker finds is ever left out, whatever shape an imported file had.
 */
export function useUnplacedProblems(problems: readonly ScenarioProblem[]) {
  const ref = useRef<HTMLFormElement>(null);
  const [unplaced, setUnplaced] = useState('');
  // After every render, not only when the problems change: which fields are drawn depends on the
  // draft too (a source choice shows or hides one). Equal keys stop the update there.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const form = ref.current;
    if (!form) return;
    const shown = new Set(
      Array.from(form.querySelectorAll('[data-problem-index]'), (element) =>
        Number(element.getAttribute('data-problem-index')),
      ),
    );
    const key = problems.flatMap((_, index) => (shown.has(index) ? [] : [index])).join(',');
    setUnplaced((before) => (before === key ? before : key));
  });
  const indices = new Set(unplaced === '' ? [] : unplaced.split(',').map(Number));
  return { ref, unplaced: problems.filter((_, index) => indices.has(index)) };
}

export function UnplacedProblems({
  problems,
  testId,
}: {
  problems: readonly ScenarioProblem[];
  testId: string;
}) {
  const t = useT();
  if (problems.length === 0) return null;
  return (
    <div className="studio-form__general" data-testid={testId}>
      <p>{t('studio.forms.generalProblems', { count: problems.length })}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{formatPath(problem.path)}</code> <span lang="en">{problem.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
