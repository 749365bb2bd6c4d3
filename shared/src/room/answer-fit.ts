import { CommandRefused } from '../protocol/errors.js';
import type { Block } from '../scenario/schema.js';
import type { Answer } from './answers.js';
import type { RoomState } from './state.js';

/**
 * The rules an answer must meet, for a live command and for an imported log alike: one function
 * each, so a log can hold nothing the room itself would have refused.
 */

/** The block on screen, when it is `blockId` and still takes answers; a refusal otherwise. */
export function openBlockFor(state: RoomState, blockId: string): Block {
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

/** An answer fits its block exactly: its kind, known options, one choice unless multiple, points within the scale, length limits. */
export function checkAnswerFits(block: Block, answer: Answer): void {
  if (answer.kind !== block.kind) {
    throw new CommandRefused(
      'invalid_payload',
      `this block takes a ${block.kind} answer`,
      'answer.kind',
    );
  }
  switch (answer.kind) {
    case 'poll': {
      if (block.kind !== 'poll') return;
      const known = new Set(block.options.map((o) => o.id));
      if (answer.optionIds.some((id) => !known.has(id))) {
        throw new CommandRefused('invalid_payload', 'there is no such option', 'answer.optionIds');
      }
      if (new Set(answer.optionIds).size !== answer.optionIds.length) {
        throw new CommandRefused(
          'invalid_payload',
          'an option is chosen twice',
          'answer.optionIds',
        );
      }
      if (!block.multiple && answer.optionIds.length !== 1) {
        throw new CommandRefused(
          'invalid_payload',
          'choose exactly one option',
          'answer.optionIds',
        );
      }
      return;
    }
    case 'scale':
    case 'statements': {
      if (block.kind !== 'scale' && block.kind !== 'statements') return;
      const ids = new Set(
        block.kind === 'scale' ? block.statements.map((s) => s.id) : block.items.map((i) => i.id),
      );
      for (const [id, value] of Object.entries(answer.values)) {
        if (!ids.has(id)) {
          throw new CommandRefused(
            'invalid_payload',
            `there is no statement "${id}"`,
            `answer.values.${id}`,
          );
        }
        if (value > block.points) {
          throw new CommandRefused(
            'invalid_payload',
            `the scale goes up to ${block.points}`,
            `answer.values.${id}`,
          );
        }
      }
      if (Object.keys(answer.values).length === 0) {
        throw new CommandRefused(
          'invalid_payload',
          'answer at least one statement',
          'answer.values',
        );
      }
      return;
    }
    case 'reflection':
      if (block.kind === 'reflection' && answer.text.length > block.maxLength) {
        throw new CommandRefused(
          'invalid_payload',
          `a reflection here has at most ${block.maxLength} characters`,
          'answer.text',
        );
      }
      return;
    case 'intentions':
      if (block.kind === 'intentions' && answer.items.length > block.max) {
        throw new CommandRefused(
          'invalid_payload',
          `write at most ${block.max} intentions`,
          'answer.items',
        );
      }
      return;
  }
}
