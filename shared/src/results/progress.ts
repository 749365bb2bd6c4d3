import type { Block } from '../scenario/schema.js';
import type { BlockContent } from '../protocol/views.js';
import type { Answer } from '../room/answers.js';
import type { BlockRun } from '../room/state.js';

/**
 * When an answer is finished, per kind of block: the one rule the console, the projector, the
 * results and the report count by. A vote is done once cast, a reflection once written, an
 * intention once one is there; a scale question and a stellingenlijst are answered item by
 * item, and count as complete only once every item has a point, before that as started. Takes a
 * programme's block or a block's public content, so the phone counts by it too.
 */
export function isComplete(block: Block | BlockContent, answer: Answer): boolean {
  switch (answer.kind) {
    case 'poll':
      return answer.optionIds.length > 0;
    case 'reflection':
      return answer.text.trim().length > 0;
    case 'intentions':
      return answer.items.length > 0;
    case 'scale':
      return block.kind === 'scale' && everyAnswered(block.statements, answer.values, block.points);
    case 'statements':
      return block.kind === 'statements' && everyAnswered(block.items, answer.values, block.points);
  }
}

function everyAnswered(
  items: ReadonlyArray<{ id: string }>,
  values: Readonly<Record<string, number>>,
  points: number,
): boolean {
  return items.every((item) => {
    const value = values[item.id];
    return value !== undefined && value >= 1 && value <= points;
  });
}

/** How far the room is with a block: finished answers, and those begun but not finished. */
export interface Progress {
  complete: number;
  started: number;
}

/** Counts a block's answers by `isComplete`; `completeBy` lists who finished, in answer order. */
export function progressOf(block: Block, run: BlockRun): Progress & { completeBy: string[] } {
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
