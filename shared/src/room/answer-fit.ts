import { CommandRefused } from '../protocol/errors.js';
import { answerRulesFor } from '../blocks/registry.js';
import type { Block } from '../scenario/schema.js';
import type { Answer } from './answers.js';
import type { RoomState } from './state.js';

/**
 * The rules an answer must meet, for a live command and for an imported log alike: one function
 * each, so a log can hold nothing the room itself would have refused.
 */

/** The block on screen, when it is `blockId` and still takes answers; a refusal otherwise. */
export function openBlockFor(state: RoomState, blockId: string): Block {
  if (state.restingSince !== null) {
    throw new CommandRefused('room_resting', 'the room rests until its next meeting', 'blockId');
  }
  const index = state.currentBlockIndex;
  const block = index === null ? undefined : state.scenario.blocks[index];
  if (state.status !== 'running' || !block || block.id !== blockId) {
    throw new CommandRefused('invalid_state', 'this question is no longer on screen', 'blockId');
  }
  if (state.runs[blockId]?.locked) {
    throw new CommandRefused('invalid_state', 'answers to this question are closed');
  }
  return block;
}

/**
 * An answer fits its block exactly: its kind, then the kind's own rule (shared/src/blocks):
 * known options, one choice unless multiple, points within the scale, length limits.
 */
export function checkAnswerFits(block: Block, answer: Answer): void {
  if (answer.kind !== block.kind) {
    throw new CommandRefused(
      'invalid_payload',
      `this block takes a ${block.kind} answer`,
      'answer.kind',
    );
  }
  answerRulesFor(answer.kind).fit(block, answer);
}
