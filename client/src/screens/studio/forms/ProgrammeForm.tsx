import type { ScenarioInput, ScenarioProblem } from '@samenspel/shared';
import type { Edit } from '../model/edits';

export interface ProgrammeFormProps {
  draft: ScenarioInput;
  /** The checker's problems outside the blocks (title, minutes, the case and its cast…). */
  problems: readonly ScenarioProblem[];
  apply: (edit: Edit) => void;
  endTyping: () => void;
}

/**
 * The programme's own fields: title, audience, language, target minutes, and the case told once
 * (title, text, the cast of the role play) that blocks refer to. (Placeholder: forms work.)
 */
export function ProgrammeForm(_props: ProgrammeFormProps) {
  return null;
}
