import { BLOCK_KINDS, BlockSchema, type BlockInput, type Method } from '@samenspel/shared';

/**
 * A method's block as the editor can insert it. The library keeps blocks as written, and a block
 * saved from a draft may still have a problem; it is inserted all the same, because the editor's
 * live checker then shows that problem at its field. Only what is no block at all (no known kind,
 * no id, title or minutes) cannot be inserted.
 */
export function blockOfMethod(method: Method): BlockInput | null {
  const block = method.block;
  if (BlockSchema.safeParse(block).success) return block as BlockInput;
  const kind = block.kind;
  const shaped =
    typeof kind === 'string' &&
    (BLOCK_KINDS as readonly string[]).includes(kind) &&
    typeof block.id === 'string' &&
    typeof block.title === 'string' &&
    typeof block.minutes === 'number';
  // The same kind of "as written" block the editor's draft holds, checked there field by field.
  return shaped ? (block as BlockInput) : null;
}
