import type { BlockKind, ScenarioInput } from '@samenspel/shared';
import type { SelectOption } from './fields/SelectField';
import { isEntry, listOf } from './shape';

/**
 * The blocks before `index` of one kind, as choices: a vote that repeats an earlier one, a
 * casus that returns to an earlier case, a round that swaps an earlier role play.
 */
export function earlierOfKind(
  draft: ScenarioInput,
  index: number,
  kind: BlockKind,
): SelectOption[] {
  return listOf(draft.blocks)
    .slice(0, index)
    .flatMap((block) =>
      isEntry(block) && block.kind === kind && typeof block.id === 'string' && block.id !== ''
        ? [{ value: block.id, label: `${block.title || block.id} (${block.id})` }]
        : [],
    );
}
