import type { BlockInput } from '@samenspel/shared';
import { freeId } from './ids';

/** The lists inside a block that the studio can add entries to, and the block kind that has each. */
export type ItemListKey = 'options' | 'statements' | 'items' | 'cards';

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
 * A new entry for `key` of `block`, with Dutch placeholder text that passes the checker and an id
 * no other entry of the block has; null when the block's kind has no such list.
 */
export function newListItem(block: BlockInput, key: ItemListKey): object | null {
  const id = freeId(`${block.id}-${key}`, existingIds(block, key));
  if (block.kind === 'poll' && key === 'options') return { id, label: 'Nieuwe optie' };
  if (block.kind === 'scale' && key === 'statements') return { id, text: 'Nieuwe stelling' };
  if (block.kind === 'statements' && key === 'items')
    return { id, text: 'Nieuwe uitspraak', type: 'verbinder' };
  if (block.kind === 'roles' && key === 'cards')
    return {
      id,
      name: 'Nieuwe rol',
      public: 'Wat iedereen van deze rol weet.',
      brief: 'Wat alleen de speler van deze rol weet.',
    };
  return null;
}
