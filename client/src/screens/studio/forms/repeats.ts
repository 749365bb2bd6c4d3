import type { BlockInput, ScenarioInput } from '@samenspel/shared';
import { isEntry, listOf } from './shape';

type Poll = Extract<BlockInput, { kind: 'poll' }>;
type Scale = Extract<BlockInput, { kind: 'scale' }>;
type Statements = Extract<BlockInput, { kind: 'statements' }>;

function blockById(draft: ScenarioInput, id: string): BlockInput | undefined {
  return listOf(draft.blocks).find((block) => isEntry(block) && block.id === id);
}

/*
 * A repeated vote keeps the earlier vote's options word for word and its way of choosing, and a
 * repeated scale or stellingenlijst its statements (the console sets the rounds side by side). So choosing the
 * earlier block brings those along, rather than leaving the trainer a problem to fix by hand.
 * Without a target, the repeat goes and the block keeps what it has.
 */

export function repeatingPoll(
  draft: ScenarioInput,
  block: Poll,
  targetId: string | undefined,
): Poll {
  const { repeats: _before, ...kept } = block;
  if (targetId === undefined) return kept;
  const target = blockById(draft, targetId);
  if (target?.kind !== 'poll') return { ...kept, repeats: targetId };
  const { multiple: _multiple, ...rest } = kept;
  return {
    ...rest,
    repeats: targetId,
    options: target.options,
    ...(target.multiple === undefined ? {} : { multiple: target.multiple }),
  };
}

export function repeatingScale(
  draft: ScenarioInput,
  block: Scale,
  targetId: string | undefined,
): Scale {
  const { repeats: _before, ...rest } = block;
  if (targetId === undefined) return rest;
  const target = blockById(draft, targetId);
  if (target?.kind !== 'scale') return { ...rest, repeats: targetId };
  return { ...rest, repeats: targetId, statements: target.statements };
}

/** A repeated stellingenlijst measures with the same statements, so then and now compare. */
export function repeatingStatements(
  draft: ScenarioInput,
  block: Statements,
  targetId: string | undefined,
): Statements {
  const { repeats: _before, ...rest } = block;
  if (targetId === undefined) return rest;
  const target = blockById(draft, targetId);
  if (target?.kind !== 'statements') return { ...rest, repeats: targetId };
  return { ...rest, repeats: targetId, items: target.items };
}
