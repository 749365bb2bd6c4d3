import type { BlockInput, BlockKind, ScenarioInput } from '@samenspel/shared';
import { deleteBlock, duplicateBlock, insertBlockAfter, moveBlock } from './blockEdits';
import { newBlock } from './blockTemplates';
import { freeId } from './ids';
import { newListItem, type ItemListKey } from './itemTemplates';
import { addListItem, moveListItem, removeListItem } from './listEdits';
import { setAtPath, type FieldPath } from './setField';

/**
 * One change the trainer makes. Every change goes through the store's `apply`, so undo sees them
 * all. Edits with the same `coalesceKey` in a row (typing in one field) become one undo step.
 */
export interface Edit {
  run(draft: ScenarioInput): ScenarioInput;
  coalesceKey?: string;
  /**
   * The block to select afterwards (a new block, a copy); undefined keeps the selection. Called
   * after `run`, whose chosen id it may read: that is why adding edits keep the id in a closure.
   */
  selects?: (after: ScenarioInput) => string | null | undefined;
}

function blockIds(draft: ScenarioInput): Set<string> {
  return new Set(draft.blocks.map((block) => block.id));
}

export function setField(path: FieldPath, value: unknown): Edit {
  return {
    run: (draft) => setAtPath(draft, path, value),
    coalesceKey: `field:${JSON.stringify(path)}`,
  };
}

/** A new block of `kind` after `afterId` (at the end for null), with an id no other block has. */
export function addBlock(kind: BlockKind, afterId: string | null): Edit {
  let addedId: string | null = null;
  return {
    run(draft) {
      addedId = freeId(kind, blockIds(draft));
      return insertBlockAfter(draft, newBlock(kind, addedId), afterId);
    },
    selects: () => addedId,
  };
}

export function duplicate(blockId: string): Edit {
  let copyId: string | null = null;
  return {
    run(draft) {
      copyId = freeId(`${blockId}-kopie`, blockIds(draft));
      return duplicateBlock(draft, blockId, copyId);
    },
    selects: (after) => (copyId !== null && blockIds(after).has(copyId) ? copyId : undefined),
  };
}

export function removeBlock(blockId: string): Edit {
  return { run: (draft) => deleteBlock(draft, blockId) };
}

export function reorderBlock(from: number, to: number): Edit {
  return { run: (draft) => moveBlock(draft, from, to) };
}

export function addItem(path: FieldPath, item: unknown, index?: number): Edit {
  return { run: (draft) => addListItem(draft, path, item, index) };
}

export function removeItem(path: FieldPath, index: number): Edit {
  return { run: (draft) => removeListItem(draft, path, index) };
}

export function moveItem(path: FieldPath, from: number, to: number): Edit {
  return { run: (draft) => moveListItem(draft, path, from, to) };
}

/** A placeholder entry at the end of one of a block's lists (a poll option, a role card…). */
export function addListEntry(blockIndex: number, key: ItemListKey): Edit {
  return {
    run(draft) {
      const block = draft.blocks[blockIndex];
      const item = block ? newListItem(block, key) : null;
      return item ? addListItem(draft, ['blocks', blockIndex, key], item) : draft;
    },
  };
}

/** Appends `item` to the list at `path`, making the list when the key is not there yet. */
export function appendItem(path: FieldPath, item: unknown): Edit {
  return {
    run(draft) {
      let node: unknown = draft;
      for (const part of path) {
        node =
          node !== null && typeof node === 'object'
            ? (node as Record<string | number, unknown>)[part]
            : undefined;
      }
      if (node !== undefined && !Array.isArray(node)) return draft;
      return setAtPath(draft, path, [...((node as unknown[] | undefined) ?? []), item]);
    },
  };
}

/** A method's block after `afterId` (at the end for null), under an id no block has yet. */
export function insertMethod(block: BlockInput, afterId: string | null): Edit {
  let insertedId: string | null = null;
  return {
    run(draft) {
      insertedId = freeId(block.id, blockIds(draft));
      return insertBlockAfter(draft, { ...block, id: insertedId }, afterId);
    },
    selects: () => insertedId,
  };
}
