import { describe, expect, it } from 'vitest';
import {
  foldRoom,
  phonesAffectedBy,
  projectForParticipant,
  type RoomEvent,
  type RoomEventType,
} from '@samenspel/shared';
import { ANN, T0, roomCreated, stamp, workshopLog } from './fixtures.js';

type Affected = ReturnType<typeof phonesAffectedBy>;

/** One example of every event type; a Record, so a new event type fails to compile here. */
const examples: Record<RoomEventType, { event: RoomEvent; phones: Affected }> = {
  room_created: { event: roomCreated(), phones: 'all' },
  links_renewed: { event: stamp({ type: 'links_renewed', generation: 1 }, 2, T0), phones: 'none' },
  participant_joined: {
    event: stamp({ type: 'participant_joined', participantId: ANN.id, name: ANN.name }, 2, T0),
    phones: { participantId: ANN.id },
  },
  participant_left: {
    event: stamp({ type: 'participant_left', participantId: ANN.id }, 2, T0),
    phones: { participantId: ANN.id },
  },
  participant_removed: {
    event: stamp({ type: 'participant_removed', participantId: ANN.id }, 2, T0),
    phones: 'all',
  },
  joins_closed: { event: stamp({ type: 'joins_closed' }, 2, T0), phones: 'all' },
  joins_opened: { event: stamp({ type: 'joins_opened' }, 2, T0), phones: 'all' },
  presence_changed: {
    event: stamp({ type: 'presence_changed', participantId: ANN.id, presence: 'dropped' }, 2, T0),
    phones: 'none',
  },
  session_started: { event: stamp({ type: 'session_started' }, 2, T0), phones: 'all' },
  block_entered: { event: stamp({ type: 'block_entered', blockIndex: 0 }, 2, T0), phones: 'all' },
  timer_started: { event: stamp({ type: 'timer_started', endsAt: T0 }, 2, T0), phones: 'all' },
  timer_paused: { event: stamp({ type: 'timer_paused', remainingMs: 0 }, 2, T0), phones: 'all' },
  timer_extended: { event: stamp({ type: 'timer_extended', byMs: 1 }, 2, T0), phones: 'all' },
  timer_reset: { event: stamp({ type: 'timer_reset' }, 2, T0), phones: 'all' },
  timer_expired: { event: stamp({ type: 'timer_expired' }, 2, T0), phones: 'all' },
  answer_submitted: {
    event: stamp(
      {
        type: 'answer_submitted',
        blockId: 'b',
        participantId: ANN.id,
        answer: { kind: 'poll', optionIds: ['a'] },
      },
      2,
      T0,
    ),
    phones: { participantId: ANN.id },
  },
  answers_locked: { event: stamp({ type: 'answers_locked', blockId: 'b' }, 2, T0), phones: 'all' },
  answers_unlocked: {
    event: stamp({ type: 'answers_unlocked', blockId: 'b' }, 2, T0),
    phones: 'all',
  },
  results_revealed: {
    event: stamp({ type: 'results_revealed', blockId: 'b' }, 2, T0),
    phones: 'none',
  },
  results_hidden: { event: stamp({ type: 'results_hidden', blockId: 'b' }, 2, T0), phones: 'none' },
  reflection_moderated: {
    event: stamp(
      {
        type: 'reflection_moderated',
        blockId: 'b',
        reflectionId: 'x',
        hidden: true,
        highlighted: false,
      },
      2,
      T0,
    ),
    phones: 'none',
  },
  roles_assigned: {
    event: stamp({ type: 'roles_assigned', blockId: 'b', assignments: {} }, 2, T0),
    phones: 'all',
  },
  groups_formed: {
    event: stamp({ type: 'groups_formed', blockId: 'b', groups: [] }, 2, T0),
    phones: 'all',
  },
  session_ended: { event: stamp({ type: 'session_ended' }, 2, T0), phones: 'all' },
  meeting_closed: { event: stamp({ type: 'meeting_closed', meeting: 1 }, 2, T0), phones: 'all' },
  meeting_started: { event: stamp({ type: 'meeting_started', meeting: 2 }, 2, T0), phones: 'all' },
  case_listed: {
    event: stamp(
      { type: 'case_listed', blockId: 'b', candidateId: 'c', title: 'T', text: 'X', sources: [] },
      2,
      T0,
    ),
    phones: 'all',
  },
  case_unlisted: {
    event: stamp({ type: 'case_unlisted', blockId: 'b', candidateId: 'c' }, 2, T0),
    phones: 'all',
  },
  case_voting: {
    event: stamp({ type: 'case_voting', blockId: 'b', open: true }, 2, T0),
    phones: 'all',
  },
  case_chosen: {
    event: stamp(
      { type: 'case_chosen', blockId: 'b', candidateId: 'c', title: 'T', text: 'X' },
      2,
      T0,
    ),
    phones: 'all',
  },
};

describe('phonesAffectedBy', () => {
  it.each(Object.entries(examples))('%s', (type, { event, phones }) => {
    expect(event.type).toBe(type);
    expect(phonesAffectedBy(event)).toEqual(phones);
  });

  it('covers every phone whose view an event of the workshop log changes', () => {
    const log = workshopLog();
    for (let i = 1; i < log.length; i++) {
      const before = foldRoom(log.slice(0, i));
      const after = foldRoom(log.slice(0, i + 1));
      const event = log[i]!;
      const affected = phonesAffectedBy(event);
      for (const id of Object.keys(before.participants)) {
        const changed =
          JSON.stringify(projectForParticipant(before, id)) !==
          JSON.stringify(projectForParticipant(after, id));
        if (!changed) continue;
        const covered =
          affected === 'all' || (affected !== 'none' && affected.participantId === id);
        expect(covered, `seq ${event.seq} (${event.type}) changes ${id}'s phone`).toBe(true);
      }
    }
  });
});
