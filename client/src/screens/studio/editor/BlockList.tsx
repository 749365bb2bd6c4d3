import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { BLOCK_KINDS, type BlockKind, type ScenarioInput } from '@samenspel/shared';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { useT } from '../../../i18n/useT';
import { addBlock, duplicate, removeBlock, reorderBlock, type Edit } from '../model/edits';
import { kindLabel } from './kindLabel';

export interface BlockListProps {
  draft: ScenarioInput;
  selectedBlockId: string | null;
  /** Block indices the checker found problems in. */
  blocksWithProblems: ReadonlySet<number>;
  programmeHasProblems: boolean;
  onSelect: (blockId: string | null) => void;
  apply: (edit: Edit) => void;
}

const itemDomId = (index: number) => `studio-block-${index}`;

/**
 * The programme's blocks in order: select one to edit it; reorder by dragging or from the
 * keyboard (Alt+↑ / Alt+↓ on a block, or its buttons), each move said aloud; add a block of any
 * kind after the selected one, duplicate or delete the selected one.
 */
export function BlockList({
  draft,
  selectedBlockId,
  blocksWithProblems,
  programmeHasProblems,
  onSelect,
  apply,
}: BlockListProps) {
  const t = useT();
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<number | null>(null);
  const [newKind, setNewKind] = useState<BlockKind>('poll');
  const focusAfterMove = useRef<number | null>(null);
  const count = draft.blocks.length;
  const selectedIndex = draft.blocks.findIndex((block) => block.id === selectedBlockId);
  const selected = selectedIndex >= 0 ? draft.blocks[selectedIndex] : undefined;

  useEffect(() => {
    if (focusAfterMove.current === null) return;
    document.getElementById(itemDomId(focusAfterMove.current))?.focus();
    focusAfterMove.current = null;
  });

  const move = (from: number, to: number) => {
    if (to < 0 || to >= count || from === to) return;
    const block = draft.blocks[from];
    apply(reorderBlock(from, to));
    focusAfterMove.current = to;
    setAnnouncement(
      t('studio.editor.moved', { title: block?.title ?? '', position: to + 1, count }),
    );
  };

  const onItemKey = (event: KeyboardEvent, index: number) => {
    if (!event.altKey) return;
    if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(index, index - 1);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(index, index + 1);
    }
  };

  const onDrop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragging !== null) move(dragging, index);
    setDragging(null);
  };

  return (
    <nav className="studio-blocks" aria-label={t('studio.editor.blocks')}>
      <button
        type="button"
        className={`studio-blocks__programme${selectedBlockId === null ? ' is-selected' : ''}`}
        aria-current={selectedBlockId === null ? 'true' : undefined}
        data-testid="select-programme"
        onClick={() => onSelect(null)}
      >
        {t('studio.editor.programmeItem')}
        {programmeHasProblems ? (
          <span className="studio-blocks__flag">{t('studio.editor.hasProblems')}</span>
        ) : null}
      </button>
      <p className="studio-blocks__hint" id="studio-blocks-hint">
        {t('studio.editor.reorderHint')}
      </p>
      <ol className="studio-blocks__list" data-testid="block-list">
        {draft.blocks.map((block, index) => {
          const isSelected = block.id === selectedBlockId;
          const flagged = blocksWithProblems.has(index);
          return (
            <li
              key={`${index}-${block.id}`}
              className={`studio-blocks__item${isSelected ? ' is-selected' : ''}${dragging === index ? ' is-dragging' : ''}`}
              draggable
              data-testid="block-item"
              data-block-id={block.id}
              onDragStart={(event) => {
                setDragging(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', String(index));
              }}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => onDrop(event, index)}
              onDragEnd={() => setDragging(null)}
            >
              <button
                type="button"
                id={itemDomId(index)}
                className="studio-blocks__select"
                aria-current={isSelected ? 'true' : undefined}
                aria-describedby="studio-blocks-hint"
                data-testid="block-select"
                onClick={() => onSelect(block.id)}
                onKeyDown={(event) => onItemKey(event, index)}
              >
                <span className="studio-blocks__number">{index + 1}</span>
                <span className="studio-blocks__text">
                  <span className="studio-blocks__title">{block.title || block.id}</span>
                  <span className="studio-blocks__meta">
                    {kindLabel(t, block.kind)} ·{' '}
                    {t('studio.editor.minutes', {
                      minutes: typeof block.minutes === 'number' ? block.minutes : 0,
                    })}
                  </span>
                </span>
                {flagged ? (
                  <span className="studio-blocks__flag" data-testid="block-has-problems">
                    {t('studio.editor.hasProblems')}
                  </span>
                ) : null}
              </button>
              <span className="studio-blocks__moves">
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={index === 0}
                  aria-label={t('studio.editor.moveUp', { title: block.title })}
                  data-testid="block-up"
                  onClick={() => move(index, index - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={index === count - 1}
                  aria-label={t('studio.editor.moveDown', { title: block.title })}
                  data-testid="block-down"
                  onClick={() => move(index, index + 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite" data-testid="block-announcement">
        {announcement}
      </p>
      <div className="studio-blocks__tools">
        <label htmlFor="studio-new-kind">{t('studio.editor.newKind')}</label>
        <div className="studio-blocks__add">
          <select
            id="studio-new-kind"
            value={newKind}
            data-testid="new-block-kind"
            onChange={(event) => setNewKind(event.target.value as BlockKind)}
          >
            {BLOCK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            data-testid="add-block"
            onClick={() => {
              apply(addBlock(newKind, selected?.id ?? null));
              setAnnouncement(t('studio.editor.added', { kind: t(`kind.${newKind}`) }));
            }}
          >
            {selected ? t('studio.editor.addAfter') : t('studio.editor.addAtEnd')}
          </button>
        </div>
        {selected ? (
          <div className="studio-blocks__add">
            <button
              type="button"
              className="button button--secondary"
              data-testid="duplicate-block"
              onClick={() => apply(duplicate(selected.id))}
            >
              {t('studio.editor.duplicate')}
            </button>
            <ConfirmButton
              label={t('studio.editor.delete')}
              question={t('studio.editor.deleteQuestion', { title: selected.title })}
              confirmLabel={t('studio.editor.deleteConfirm')}
              testId="delete-block"
              className="button button--quiet button--danger"
              onConfirm={() => {
                apply(removeBlock(selected.id));
                setAnnouncement(t('studio.editor.deleted', { title: selected.title }));
              }}
            />
          </div>
        ) : null}
      </div>
    </nav>
  );
}
