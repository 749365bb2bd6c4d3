import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../../i18n/useT';
import { moveItem, removeItem, type Edit } from '../../model/edits';
import { fieldIdForPath } from '../../model/fieldIds';
import type { FieldPath } from '../../model/setField';
import { problemsAt, useForm } from '../formContext';
import { isEntry, listOf } from '../shape';
import { FieldProblems } from './FieldProblems';

export interface ListEditorProps<T> {
  path: FieldPath;
  legend: string;
  items: readonly T[] | undefined;
  /** The heading of one entry, "Optie 2". */
  itemLabel: (index: number) => string;
  renderItem: (item: T, index: number, itemPath: FieldPath) => ReactNode;
  addLabel: string;
  /** The edit that adds an entry (a placeholder the trainer then rewrites). */
  addEdit: Edit;
  /** Fewer than this, and the remove buttons go: the checker would refuse the list anyway. */
  min?: number;
  max?: number;
  testId?: string;
}

/** Where focus goes after a button changed the list: it follows the entry, or lands on the list. */
type AfterChange =
  | { kind: 'moved'; index: number; direction: 'up' | 'down' }
  | { kind: 'added'; index: number }
  | { kind: 'removed' };

/**
 * A list inside a block (options, statements, cards): each entry in its own fieldset with
 * buttons to move it up or down and to remove it, and a button to add one at the end. A keyboard
 * user keeps their place: focus follows a moved entry, goes into a new one, and back to the list
 * after a removal, and a live region says what happened.
 */
export function ListEditor<T>({
  path,
  legend,
  items,
  itemLabel,
  renderItem,
  addLabel,
  addEdit,
  min = 0,
  max = Infinity,
  testId,
}: ListEditorProps<T>) {
  const t = useT();
  const { problems, apply } = useForm();
  const id = fieldIdForPath(path);
  const here = problemsAt(problems, path);
  const list = listOf(items);
  const root = useRef<HTMLFieldSetElement>(null);
  const [after, setAfter] = useState<AfterChange | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const element = root.current;
    if (!after || !element) return;
    setAfter(null);
    const entries = element.querySelectorAll<HTMLElement>(':scope > ol > li');
    if (after.kind === 'removed') element.focus();
    else if (after.kind === 'added') {
      entries[after.index]?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    } else {
      const entry = entries[after.index];
      const same = entry?.querySelector<HTMLButtonElement>(`[data-move="${after.direction}"]`);
      const other = entry?.querySelector<HTMLButtonElement>(
        `[data-move="${after.direction === 'up' ? 'down' : 'up'}"]`,
      );
      (same && !same.disabled ? same : other)?.focus();
    }
  }, [after]);

  const move = (from: number, to: number) => {
    apply(moveItem(path, from, to));
    setAfter({ kind: 'moved', index: to, direction: to < from ? 'up' : 'down' });
    setStatus(t('studio.forms.moved', { item: itemLabel(from), place: to + 1 }));
  };
  const remove = (index: number) => {
    apply(removeItem(path, index));
    setAfter({ kind: 'removed' });
    setStatus(t('studio.forms.removed', { item: itemLabel(index) }));
  };
  const add = () => {
    apply(addEdit);
    setAfter({ kind: 'added', index: list.length });
    setStatus(t('studio.forms.added', { item: itemLabel(list.length) }));
  };

  return (
    <fieldset
      ref={root}
      className="studio-list"
      id={id}
      tabIndex={-1}
      aria-invalid={here.length > 0 || undefined}
      aria-describedby={here.length > 0 ? `${id}-problem` : undefined}
      data-testid={testId}
    >
      <legend>
        {legend} <span className="studio-list__count">({list.length})</span>
      </legend>
      <FieldProblems id={`${id}-problem`} problems={here} />
      <ol className="studio-list__items">
        {list.map((item, index) => {
          const label = itemLabel(index);
          return (
            <li
              key={index}
              className="studio-list__item"
              data-testid={testId ? `${testId}-item` : undefined}
            >
              <fieldset>
                <legend>{label}</legend>
                {isEntry(item) ? (
                  renderItem(item, index, [...path, index])
                ) : (
                  <p className="studio-field__hint">{t('studio.forms.notAnEntry')}</p>
                )}
                <div className="studio-list__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    data-move="up"
                    disabled={index === 0}
                    aria-label={t('studio.forms.moveUp', { item: label })}
                    onClick={() => move(index, index - 1)}
                  >
                    <span aria-hidden="true">↑</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    data-move="down"
                    disabled={index === list.length - 1}
                    aria-label={t('studio.forms.moveDown', { item: label })}
                    onClick={() => move(index, index + 1)}
                  >
                    <span aria-hidden="true">↓</span>
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--danger"
                    disabled={list.length <= min}
                    onClick={() => remove(index)}
                  >
                    {t('studio.forms.remove', { item: label })}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button button--secondary"
        disabled={list.length >= max}
        onClick={add}
        data-testid={testId ? `${testId}-add` : undefined}
      >
        {addLabel}
      </button>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}
