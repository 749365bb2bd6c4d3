import type { Block, Scenario } from '../scenario/schema.js';
import type { Perspective } from '../scenario/perspectives.js';
import type { BlockContent } from '../protocol/views.js';
import { rulesForBlock } from '../blocks/registry.js';
import type { Programme } from '../blocks/kind.js';

export { caseTextOf } from '../blocks/casus.js';

/**
 * The public content of a block, by its kind's rule. Private briefs and item types stay out. In
 * a room, the programme carries the cases chosen so far (`chosenCases`).
 */
export function blockContent(programme: Programme, block: Block): BlockContent {
  return rulesForBlock(block).content(block, programme);
}

/**
 * The lens a vote was cast through: the perspective of the casus right before it. A vote that
 * does not follow a casus directly was not cast through any lens.
 */
export function perspectiveBefore(scenario: Scenario, index: number): Perspective | null {
  const before = scenario.blocks[index - 1];
  return before?.kind === 'casus' ? before.perspective : null;
}

/** The kinds a later block can ask again (`repeats`): a vote, a scale, the stellingenlijst. */
function asksAgain(
  block: Block,
): block is Extract<Block, { kind: 'poll' | 'scale' | 'statements' }> {
  return block.kind === 'poll' || block.kind === 'scale' || block.kind === 'statements';
}

/**
 * The rounds of a returning question, up to and including the block at `index`: the first
 * asking and every later block that repeats it. Empty for a question asked once.
 */
export function questionRounds(
  scenario: Scenario,
  index: number,
): Array<{ block: Block; index: number }> {
  const block = scenario.blocks[index];
  if (!block || !asksAgain(block)) return [];
  const byId = new Map(scenario.blocks.map((b) => [b.id, b]));
  // Follow `repeats` back to the first asking, however long the chain.
  const originOf = (b: Block): string => {
    const seen = new Set<string>();
    let current: Block | undefined = b;
    while (current && asksAgain(current) && current.repeats) {
      if (seen.has(current.id)) break;
      seen.add(current.id);
      current = byId.get(current.repeats);
    }
    return current?.id ?? b.id;
  };
  const origin = originOf(block);
  const rounds = scenario.blocks
    .map((b, i) => ({ block: b, index: i }))
    .filter(({ block: b, index: i }) => i <= index && (b.id === origin || originOf(b) === origin));
  return rounds.length > 1 ? rounds : [];
}
