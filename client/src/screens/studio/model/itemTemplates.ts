import { BLOCK_KINDS, itemTemplate, type BlockInput, type ItemListKey } from '@samenspel/shared';
import { freeId } from './ids';

export type { ItemListKey };

function existingIds(block: BlockInput, key: ItemListKey): Set<string> {
  const list: unknown = (block as Record<string, unknown>)[key];
  if (!Array.isArray(list)) return new Set();
  return new Set(
    list.flatMap((entry: unknown) =>
      entry !== null && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string'
        ? [entry.id]
        : [],
    ),
  );
}

/**
 * A new entry for `key` of `block` (the kind's own template, shared/src/blocks/<kind>.ts) under an
 * id no other entry of the block has; null when the block's kind has no such list.
 */
export function newListItem(block: BlockInput, key: ItemListKey): object | null {
  const id = freeId(`${block.id}-${key}`, existingIds(block, key));
  return (BLOCK_KINDS as readonly unknown[]).includes(block.kind)
    ? itemTemplate(block.kind, key, id)
    : null;
}
