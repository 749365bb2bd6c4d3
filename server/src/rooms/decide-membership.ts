import {
  CommandRefused,
  type FacilitatorCommand,
  type RoomEventDraft,
  type RoomState,
} from '@samenspel/shared';

type MembershipCommand = Extract<
  FacilitatorCommand,
  { type: 'joins.close' | 'joins.open' | 'participant.remove' }
>;

/**
 * Who may be in the room: closing it to new joins (and opening it again), and taking a
 * participant out. Both work in the lobby and while the session runs.
 */
export function decideMembership(state: RoomState, command: MembershipCommand): RoomEventDraft[] {
  switch (command.type) {
    case 'joins.close':
      if (state.joinsClosedAt !== null) {
        throw new CommandRefused('invalid_state', 'the room is already closed to new participants');
      }
      return [{ type: 'joins_closed' }];
    case 'joins.open':
      if (state.joinsClosedAt === null) {
        throw new CommandRefused('invalid_state', 'the room is already open to new participants');
      }
      return [{ type: 'joins_opened' }];
    case 'participant.remove': {
      const { participantId } = command;
      // Own properties only: "constructor" is not a participant.
      const participant = Object.hasOwn(state.participants, participantId)
        ? state.participants[participantId]
        : undefined;
      if (!participant) {
        throw new CommandRefused(
          'unknown_participant',
          'there is no such participant in this room',
          'participantId',
        );
      }
      if (participant.presence === 'removed') {
        throw new CommandRefused('invalid_state', 'this participant was already removed');
      }
      // A participant who left can still be removed: their answers still count until then.
      // The event names nobody's reflections: the fold finds what goes by the participant's id,
      // and leaves their anonymous reflections where they are.
      return [{ type: 'participant_removed', participantId }];
    }
  }
}
