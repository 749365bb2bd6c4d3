import { questionRounds, type Block, type Scenario } from '@samenspel/shared';

export type Question = Extract<Block, { kind: 'poll' | 'scale' }>;
export interface Round {
  block: Question;
  index: number;
}

/**
 * Every vote and scale of the programme grouped by the question it asks, in programme order:
 * a question asked once is a chain of one; a returning one lists its first asking and every
 * block that repeats it.
 */
export function questionChains(scenario: Scenario): Round[][] {
  const chains = new Map<string, Round[]>();
  scenario.blocks.forEach((block, index) => {
    if (block.kind !== 'poll' && block.kind !== 'scale') return;
    const origin = questionRounds(scenario, index)[0]?.block.id ?? block.id;
    chains.set(origin, [...(chains.get(origin) ?? []), { block, index }]);
  });
  return [...chains.values()];
}

/** Per block id: the question it belongs to and its round (null for a question asked once). */
export function roundsById(
  scenario: Scenario,
): Map<string, { questionId: string; round: number | null }> {
  const result = new Map<string, { questionId: string; round: number | null }>();
  for (const chain of questionChains(scenario)) {
    chain.forEach(({ block }, i) =>
      result.set(block.id, {
        questionId: chain[0]!.block.id,
        round: chain.length > 1 ? i + 1 : null,
      }),
    );
  }
  return result;
}
