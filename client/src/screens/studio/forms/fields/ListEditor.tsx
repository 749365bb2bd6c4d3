import type { ReactNode } from 'react';
import { useT } from '../../../../i18n/useT';
import { moveItem, removeItem, type Edit } from '../../model/edits';
import { fieldIdForPath } from '../../model/fieldIds';
import type { FieldPath } from '../../model/setField';
import { problemsAt, useForm } from '../formContext';
import { FieldProblems } from './FieldProblems';

export interface ListEditorProps<T> {
  path: FieldPath;
  legend: string;
  items: readonly T[];
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

/**
 * A list inside a block (options, statements, cards): each entry in its own fieldset with
 * buttons to move it up or down and to remove it, and a button to add one at the end.
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
  return (
    <fieldset
      className="studio-list"
      id={id}
      tabIndex={-1}
      aria-describedby={here.length > 0 ? `${id}-problem` : undefined}
      data-testid={testId}
    >
      <legend>
        {legend} <span className="studio-list__count">({items.length})</span>
      </legend>
      <FieldProblems id={`${id}-problem`} problems={here} />
      <ol className="studio-list__items">
        {items.map((item, index) => {
          const label = itemLabel(index);
          return (
            <li
              key={index}
              className="studio-list__item"
              data-testid={testId ? `${testId}-item` : undefined}
            >
              <fieldset>
                <legend>{label}</legend>
                {renderItem(item, index, [...path, index])}
                <div className="studio-list__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === 0}
                    aria-label={t('studio.forms.moveUp', { item: label })}
                    onClick={() => apply(moveItem(path, index, index - 1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    disabled={index === items.length - 1}
                    aria-label={t('studio.forms.moveDown', { item: label })}
                    onClick={() => apply(moveItem(path, index, index + 1))}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--danger"
                    disabled={items.length <= min}
                    onClick={() => apply(removeItem(path, index))}
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
        disabled={items.length >= max}
        onClick={() => apply(addEdit)}
        data-testid={testId ? `${testId}-add` : undefined}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
