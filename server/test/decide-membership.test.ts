import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { CommandRefused, foldRoom, type Command, type RoomState } from '@samenspel/shared';
import { decide, type DecideContext } from '../src/rooms/decide.js';
import type { ConnectionActor } from '../src/rooms/actor.js';
import { checkScenarioText } from '../src/scenarios/scenario-file.js';
import { handLog } from './support/hand-log.js';

const DEMO = fileURLToPath(new URL('../../scenarios/demo.yaml', import.meta.url));
const scenario = (() => {
  const parsed = checkScenarioText(readFileSync(DEMO, 'utf8'), DEMO);
  if (!parsed.ok) throw new Error('the demo programme does not parse');
  return parsed.scenario;
})();
const NINE = Date.UTC(2026, 0, 13, 8, 0);

const ctx: DecideContext = {
  now: NINE + 60 * 60_000,
  newParticipantId: () => 'p-new',
  newReflectionId: () => 'f-new',
  shuffle: (items) => [...items],
};
const FACILITATOR: ConnectionActor = { kind: 'facilitator' };
const GUEST: ConnectionActor = { kind: 'guest' };

/** Anouk and Bram in the demo; Bram wrote the anonymous reflection; more as `more` adds. */
function room(more: (log: ReturnType<typeof handLog>) => void = () => undefined): RoomState {
  const log = handLog(NINE);
  log.add(0, { type: 'room_created', roomId: 'r', code: 'ABC234', groupName: null, scenario });
  log.add(1, { type: 'participant_joined', participantId: 'p-anouk', name: 'Anouk' }, 'p-anouk');
  log.add(1, { type: 'participant_joined', participantId: 'p-bram', name: 'Bram' }, 'p-bram');
  log.add(2, { type: 'session_started' });
  log.enter(
    2,
    scenario.blocks.findIndex((b) => b.id === 'eerste-indruk'),
  );
  log.answer(3, 'p-bram', 'eerste-indruk', { kind: 'reflection', text: 'Anoniem' }, 'f-bram');
  more(log);
  return foldRoom(log.events);
}

const run = (state: RoomState, actor: ConnectionActor, command: Record<string, unknown>) =>
  decide(state, actor, { v: 1, id: 'x'.repeat(16), ...command } as Command, ctx);

function refusal(attempt: () => unknown): string {
  try {
    attempt();
  } catch (error) {
    if (error instanceof CommandRefused) return error.code;
    throw error;
  }
  throw new Error('not refused');
}

describe('deciding who may be in the room', () => {
  it('closes and opens the room once each, and refuses a join while it is closed', () => {
    expect(run(room(), FACILITATOR, { type: 'joins.close' })).toEqual([{ type: 'joins_closed' }]);
    expect(refusal(() => run(room(), FACILITATOR, { type: 'joins.open' }))).toBe('invalid_state');
    const closed = room((log) => log.add(4, { type: 'joins_closed' }));
    expect(refusal(() => run(closed, FACILITATOR, { type: 'joins.close' }))).toBe('invalid_state');
    expect(refusal(() => run(closed, GUEST, { type: 'join', name: 'Laat' }))).toBe('room_closed');
    // Those already in carry on.
    const answer = { kind: 'reflection', text: 'Nog een' };
    expect(
      run(
        closed,
        { kind: 'participant', id: 'p-anouk' },
        { type: 'answer', blockId: 'eerste-indruk', answer },
      ),
    ).toHaveLength(1);
    expect(run(closed, FACILITATOR, { type: 'joins.open' })).toEqual([{ type: 'joins_opened' }]);
  });

  it('names no reflection of a removed participant: the event cannot tie one to its author', () => {
    expect(
      run(room(), FACILITATOR, { type: 'participant.remove', participantId: 'p-bram' }),
    ).toEqual([{ type: 'participant_removed', participantId: 'p-bram' }]);
  });

  it('keeps a removed participant’s anonymous reflection, which the facilitator can still hide', () => {
    const removed = room((log) =>
      log.add(4, { type: 'participant_removed', participantId: 'p-bram' }),
    );
    expect(Object.values(removed.runs['eerste-indruk']?.reflectionIds ?? {})).toEqual(['f-bram']);
    const hide = {
      type: 'reflection.moderate',
      blockId: 'eerste-indruk',
      reflectionId: 'f-bram',
      hidden: true,
      highlighted: false,
    };
    expect(run(removed, FACILITATOR, hide)).toEqual([
      {
        type: 'reflection_moderated',
        blockId: 'eerste-indruk',
        reflectionId: 'f-bram',
        hidden: true,
        highlighted: false,
      },
    ]);
  });

  it('refuses to remove nobody, someone twice, or on a phone; a participant who left can go', () => {
    const remove = (participantId: string) => ({ type: 'participant.remove', participantId });
    expect(refusal(() => run(room(), FACILITATOR, remove('p-nobody')))).toBe('unknown_participant');
    expect(refusal(() => run(room(), FACILITATOR, remove('constructor')))).toBe(
      'unknown_participant',
    );
    const removed = room((log) =>
      log.add(4, { type: 'participant_removed', participantId: 'p-bram' }),
    );
    expect(refusal(() => run(removed, FACILITATOR, remove('p-bram')))).toBe('invalid_state');
    const phone: ConnectionActor = { kind: 'participant', id: 'p-anouk' };
    expect(refusal(() => run(room(), phone, remove('p-bram')))).toBe('not_facilitator');
    const left = room((log) =>
      log.add(4, { type: 'participant_left', participantId: 'p-anouk' }, 'p-anouk'),
    );
    expect(run(left, FACILITATOR, remove('p-anouk'))).toHaveLength(1);
  });

  it('refuses everything a removed participant’s tab still sends', () => {
    const removed = room((log) =>
      log.add(4, { type: 'participant_removed', participantId: 'p-bram' }),
    );
    const bram: ConnectionActor = { kind: 'participant', id: 'p-bram' };
    const answer = { kind: 'reflection', text: 'Toch nog' };
    expect(
      refusal(() => run(removed, bram, { type: 'answer', blockId: 'eerste-indruk', answer })),
    ).toBe('participant_removed');
    expect(refusal(() => run(removed, bram, { type: 'leave' }))).toBe('participant_removed');
  });

  it('does nothing more once the session has ended', () => {
    const ended = room((log) => log.add(5, { type: 'session_ended' }));
    for (const type of ['joins.close', 'participant.remove'])
      expect(refusal(() => run(ended, FACILITATOR, { type, participantId: 'p-bram' }))).toBe(
        'room_ended',
      );
  });
});
