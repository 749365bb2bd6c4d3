import type { Block } from '../scenario/schema.js';
import type { BlockContent } from '../protocol/views.js';
import type { Answer } from '../room/answers.js';
import type { BlockRun } from '../room/state.js';
import { answerRulesFor } from '../blocks/registry.js';
import { isSettled } from '../room/fold-draft.js';

/**
 * When an answer is finished, by its kind's rule (shared/src/blocks): the one rule the console,
 * the projector, the results and the report count by. A vote is done once cast, a reflection once written, an
 * intention once one is there; a scale question and a stellingenlijst are answered item by
 * item, and count as complete only once every item has a point, before that as started. Takes a
 * programme's block or a block's public content, so the phone counts by it too.
 */
export function isComplete(block: Block | BlockContent, answer: Answer): boolean {
  return answerRulesFor(answer.kind).complete(block, answer);
}

/** How far the room is with a block: finished answers, and those begun but not finished. */
export interface Progress {
  complete: number;
  started: number;
}

/** Counts a block's answers by `isComplete`; `completeBy` lists who finished, in answer order. */
export function progressOf(block: Block, run: BlockRun): Progress & { completeBy: string[] } {
  // Once per settled answers (see resultsOf): replay asks it of finished blocks at every seek.
  const settled = isSettled(run.answers) && isSettled(run.answerOrder);
  if (settled) {
    const known = remembered.get(run.answers);
    if (known?.block === block && known.answerOrder === run.answerOrder) return known.progress;
  }
  const progress = countProgress(block, run);
  if (settled) remembered.set(run.answers, { block, answerOrder: run.answerOrder, progress });
  return progress;
}

const remembered = new WeakMap<
  object,
  { block: Block; answerOrder: readonly string[]; progress: Progress & { completeBy: string[] } }
>();

function countProgress(block: Block, run: BlockRun): Progress & { completeBy: string[] } {
  const completeBy: string[] = [];
  let started = 0;
  for (const participantId of run.answerOrder) {
    const answer = run.answers[participantId];
    if (!answer) continue;
    if (isComplete(block, answer)) completeBy.push(participantId);
    else started++;
  }
  return { complete: completeBy.length, started, completeBy };
}
