import { CommandRefused } from '../protocol/errors.js';
import { roleCards } from '../blocks/roles.js';
import type { Block } from '../scenario/schema.js';
import { checkWithinMeeting } from './meeting-rules.js';
import { isMember, type RoomState } from './state.js';

/**
 * Who roles and groups go to: the rules of the live decision, which an imported log's
 * `roles_assigned` and `groups_formed` must meet as well.
 */

/**
 * Members who have neither left nor been removed: the ones to hand roles or groups to. A phone that is asleep is
 * still someone in the room, so dropped members count too.
 */
export function presentParticipants(state: RoomState): string[] {
  return state.participantOrder.filter((id) => isMember(state.participants[id]));
}

export function checkedAssignments(
  state: RoomState,
  block: Extract<Block, { kind: 'roles' }>,
  assignments: Record<string, string>,
): Record<string, string> {
  const cards = new Set((roleCards(state.scenario, block) ?? []).map((c) => c.id));
  for (const [participantId, cardId] of Object.entries(assignments)) {
    // Own properties only: "constructor" is not a participant.
    const participant = Object.hasOwn(state.participants, participantId)
      ? state.participants[participantId]
      : undefined;
    if (!isMember(participant)) {
      throw new CommandRefused(
        'invalid_payload',
        'that participant is not in this room',
        `assignments.${participantId}`,
      );
    }
    if (!cards.has(cardId)) {
      throw new CommandRefused(
        'invalid_payload',
        `there is no card "${cardId}"`,
        `assignments.${participantId}`,
      );
    }
  }
  return assignments;
}

/**
 * Groups are drawn for a block of the meeting the room is in, never while it rests; and the pairs
 * of a keukenbezoek, once drawn, stay as they are when an agreement was made with them, since
 * each agreement (its summary, the report-back on a later day, the export) names its partners.
 */
export function checkGroupsMayForm(state: RoomState, block: Block): void {
  checkWithinMeeting(state, state.scenario.blocks.indexOf(block));
  const run = state.runs[block.id];
  const agreed = Object.keys(run?.answers ?? {}).length;
  // Agreements written before the first draw name no pair yet: the first draw is always allowed.
  if (block.kind === 'visit' && run?.groups != null && agreed > 0) {
    throw new CommandRefused(
      'invalid_state',
      'agreements were made with these pairs: they stay as they were drawn',
    );
  }
}
