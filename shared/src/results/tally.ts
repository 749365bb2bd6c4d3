import type { Block } from '../scenario/schema.js';
import type { BlockRun } from '../room/state.js';
import type { z } from 'zod/mini';
import type { BlockResultsSchema } from '../blocks/schemas.js';
import { answerRulesFor, BLOCK_RULES } from '../blocks/registry.js';
import { isSettled } from '../room/fold-draft.js';

/**
 * What a block's answers add up to, without any name in it: the same figures for the
 * facilitator's console, the presenter screen once revealed, replay and reports. Each kind
 * adds its answers up by its own rule (shared/src/blocks); a kind that takes none has none.
 */
export type BlockResults = z.infer<typeof BlockResultsSchema>;

export function resultsOf(block: Block, run: BlockRun): BlockResults | null {
  if (BLOCK_RULES[block.kind].answer === null) return null;
  // The same answers add up to the same results: a settled record (one no fold writes into any
  // more, see fold-draft.ts) is added up once. Replay seeks past a finished block again and
  // again, and the console shows every block's results at each of them. Views are read, never
  // changed, so they may share the results.
  const settled = isSettled(run.answers);
  if (settled) {
    const known = remembered.get(run.answers);
    if (known?.block === block) return known.results;
  }
  const answers = Object.values(run.answers).filter((answer) => answer.kind === block.kind);
  const results = answerRulesFor(block.kind as BlockResults['kind']).results(block, answers);
  if (settled) remembered.set(run.answers, { block, results });
  return results;
}

const remembered = new WeakMap<object, { block: Block; results: BlockResults }>();
