import { useCallback } from 'react';
import { setField } from '../../model/edits';
import { fieldIdForPath } from '../../model/fieldIds';
import type { FieldPath } from '../../model/setField';
import { problemsAt, useForm } from '../formContext';

/**
 * The wiring of one input: its DOM id (the one a problem in the list focuses), its problems,
 * the ids it is described by, and the change and blur handlers that go through the editor.
 */
export function useField(path: FieldPath, hasHint = false) {
  const { problems, apply, endTyping, contentLanguage } = useForm();
  const id = fieldIdForPath(path);
  const here = problemsAt(problems, path);
  const problemId = `${id}-problem`;
  const hintId = `${id}-hint`;
  const describedBy =
    [hasHint ? hintId : null, here.length > 0 ? problemId : null].filter(Boolean).join(' ') ||
    undefined;
  const set = useCallback((value: unknown) => apply(setField(path, value)), [apply, path]);
  return {
    id,
    problems: here,
    problemId,
    hintId,
    invalid: here.length > 0,
    describedBy,
    set,
    onBlur: endTyping,
    lang: contentLanguage,
  };
}
