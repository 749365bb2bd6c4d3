import type { ScenarioProblem } from '../scenario/problems.js';
import type { BlockKind } from '../scenario/schema.js';
import type { Programme } from './kind.js';

/**
 * A field that names an earlier block of one kind (a casus's `caseFrom`, a reflection's
 * `intentionsFrom`): the block must exist, be of that kind and come before this one.
 */
export function earlierBlockProblems(
  programme: Programme,
  index: number,
  field: string,
  id: string | undefined,
  kind: BlockKind,
  what: string,
): ScenarioProblem[] {
  if (id === undefined) return [];
  const at = programme.blocks.findIndex((b) => b.id === id);
  if (at >= 0 && at < index && programme.blocks[at]?.kind === kind) return [];
  return [{ path: [field], message: `"${field}" names an earlier ${what}; "${id}" is not one` }];
}
