import type { ScenarioProblem } from '@samenspel/shared';
import { FieldProblems } from './fields/FieldProblems';

export interface SourceChoiceProps<S extends string> {
  /** The DOM id of the group; the radios share it as their name. */
  id: string;
  legend: string;
  sources: readonly S[];
  current: S;
  label: (source: S) => string;
  disabled?: (source: S) => boolean;
  onChoose: (source: S) => void;
  /** Problems about where the content comes from, whose own field is not on the form. */
  problems: readonly ScenarioProblem[];
  /**
   * The DOM id of the field such a problem names (`fieldIdForPath` of its path): the checked
   * radio takes it, so following the problem from the list lands on the choice that fixes it.
   */
  anchorId?: string;
  testId: string;
}

/**
 * Where a block's content comes from (the programme's dossier, its own, an earlier round), as
 * radio buttons. A problem about the source (a casus that plays a dossier the programme lacks)
 * shows here, where the trainer changes it.
 */
export function SourceChoice<S extends string>({
  id,
  legend,
  sources,
  current,
  label,
  disabled,
  onChoose,
  problems,
  anchorId,
  testId,
}: SourceChoiceProps<S>) {
  const problemId = `${id}-problem`;
  return (
    <fieldset
      className="studio-choice"
      id={id}
      tabIndex={-1}
      aria-invalid={problems.length > 0 || undefined}
      aria-describedby={problems.length > 0 ? problemId : undefined}
    >
      <legend>{legend}</legend>
      {sources.map((source) => {
        const anchored = current === source && anchorId !== undefined && problems.length > 0;
        return (
          <label key={source} className="studio-choice__option">
            <input
              id={anchored ? anchorId : undefined}
              aria-describedby={anchored ? problemId : undefined}
              type="radio"
              name={id}
              value={source}
              checked={current === source}
              disabled={disabled?.(source)}
              data-testid={`${testId}-${source}`}
              onChange={() => onChoose(source)}
            />
            {label(source)}
          </label>
        );
      })}
      <FieldProblems id={problemId} problems={problems} />
    </fieldset>
  );
}
