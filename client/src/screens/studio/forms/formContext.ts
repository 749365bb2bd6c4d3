import { createContext, useContext } from 'react';
import type { ScenarioProblem } from '@samenspel/shared';
import type { Edit } from '../model/edits';
import type { FieldPath } from '../model/setField';

/** What every field of a form needs from the editor: its problems and where edits go. */
export interface FormContextValue {
  problems: readonly ScenarioProblem[];
  apply: (edit: Edit) => void;
  endTyping: () => void;
  /**
   * The programme's language: its texts are typed, spell-checked and previewed in it, whatever
   * language the studio speaks.
   */
  contentLanguage?: 'nl' | 'en';
}

export const FormContext = createContext<FormContextValue>({
  problems: [],
  apply: () => undefined,
  endTyping: () => undefined,
});

export const useForm = () => useContext(FormContext);

export function samePath(a: FieldPath, b: FieldPath): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** The problems the checker reports at exactly one of these paths (not inside them). */
export function problemsAt(problems: readonly ScenarioProblem[], ...paths: FieldPath[]) {
  return problems.filter((problem) => paths.some((path) => samePath(problem.path, path)));
}
