import type { Block } from '../scenario/schema.js';
import type { BlockRun } from '../room/state.js';
import type { z } from 'zod';
import type { BlockResultsSchema } from '../blocks/schemas.js';
import { answerRulesFor, BLOCK_RULES } from '../blocks/registry.js';

/**
 * What a block's answers add up to, without any name in it: the same figures for the
 * facilitator's console, the presenter screen once revealed, replay and reports. Each kind
 * adds its answers up by its own rule (shared/src/blocks); a kind that takes none has none.
 */
export type BlockResults = z.infer<typeof BlockResultsSchema>;

export function resultsOf(block: Block, run: BlockRun): BlockResults | null {
  if (BLOCK_RULES[block.kind].answer === null) return null;
  const answers = Object.values(run.answers).filter((answer) => answer.kind === block.kind);
  return answerRulesFor(block.kind as BlockResults['kind']).results(block, answers);
}
