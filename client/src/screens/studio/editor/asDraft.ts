import type { ScenarioInput } from '@samenspel/shared';

/**
 * A stored version's scenario as the editor's draft. A saved draft may be anything the checker
 * refused (an import with problems), but the editor needs an object with a list of blocks to
 * show anything; what is missing starts empty and the checker says so.
 */
export function asDraft(scenario: unknown): ScenarioInput {
  const record =
    scenario !== null && typeof scenario === 'object' && !Array.isArray(scenario)
      ? (scenario as Record<string, unknown>)
      : {};
  const blocks = Array.isArray(record.blocks)
    ? record.blocks.filter(
        (block): block is object =>
          block !== null && typeof block === 'object' && !Array.isArray(block),
      )
    : [];
  return { ...record, blocks } as ScenarioInput;
}
