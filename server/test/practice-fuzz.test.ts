import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  checkRoomLog,
  CommandRefused,
  foldRoom,
  projectForFacilitator,
  projectForPresenter,
  redactLog,
  type RoomEvent,
  type RoomState,
} from '@samenspel/shared';
import type { ConnectionActor } from '../src/rooms/actor.js';
import { decisionRun, shippedProgramme } from './support/decide-run.js';
import { fuzzSeed, Rng } from './support/fuzz-random.js';

const scenario = shippedProgramme(
  fileURLToPath(new URL('../../scenarios/intervisie-eigen-praktijk.yaml', import.meta.url)),
);
const NINE = Date.UTC(2026, 11, 4, 9, 0);
const PHONES = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
const FACILITATOR: ConnectionActor = { kind: 'facilitator' };

/**
 * A seeded run of the practice block through the real decisions: phones send in, edit and vote,
 * the facilitator lists, merges, unlists, opens and closes the vote, chooses and moves between
 * blocks, in any order, most of it refused. Whatever was accepted must make a log the import
 * check accepts, whose redacted copy names no phone and folds to the same shortlist and choice.
 */
function run(seed: number, steps: number): { events: RoomEvent[]; state: RoomState } {
  const rng = new Rng(seed);
  const room = decisionRun({ phones: PHONES, start: NINE });
  room.commit([{ type: 'room_created', roomId: 'r', code: 'ABC234', groupName: null, scenario }], {
    kind: 'facilitator',
  });
  for (const _ of PHONES) {
    room.commit(room.decide({ kind: 'guest' }, { type: 'join', name: null }), { kind: 'system' });
  }
  // The joins were written as the system; the phones are who they are from here on.
  room.events.forEach((event) => {
    if (event.type === 'participant_joined') {
      Object.assign(event, { actor: { kind: 'participant', id: event.participantId } });
    }
  });
  room.commit(room.decide(FACILITATOR, { type: 'session.start' }), { kind: 'facilitator' });
  room.commit(room.decide(FACILITATOR, { type: 'block.next' }), { kind: 'facilitator' });

  for (let step = 0; step < steps; step++) {
    room.now += rng.int(1, 20) * 1000;
    const current = room.state;
    const cases = current.runs['dossiers']?.cases;
    const candidates = cases?.candidates.map((c) => c.id) ?? [];
    const dossiers = Object.values(current.runs['dossiers']?.reflectionIds ?? {});
    const phone = rng.pick(PHONES);
    const attempts: Array<[ConnectionActor, Record<string, unknown>]> = [
      [
        { kind: 'participant', id: phone },
        {
          type: 'answer',
          blockId: 'dossiers',
          answer: {
            kind: 'practice',
            case: {
              title: `Dossier ${rng.int(1, 30)}`,
              who: rng.chance(0.5) ? 'De wethouder' : '',
              stake: `Wat er speelt, versie ${rng.int(1, 9)}`,
              deadline: '',
              named: rng.chance(0.3),
            },
          },
        },
      ],
      [
        { kind: 'participant', id: phone },
        {
          type: 'answer',
          blockId: 'dossiers',
          answer: {
            kind: 'practice',
            vote: rng.chance(0.8) && candidates.length ? rng.pick(candidates) : 'k-nope',
          },
        },
      ],
      [
        FACILITATOR,
        {
          type: 'cases.list',
          blockId: 'dossiers',
          ...(rng.chance(0.3) && candidates.length ? { candidateId: rng.pick(candidates) } : {}),
          title: `Casus ${rng.int(1, 9)}`,
          text: `Tekst ${rng.int(1, 99)}`,
          sources: dossiers.filter(() => rng.chance(0.4)),
        },
      ],
      [
        FACILITATOR,
        {
          type: 'cases.unlist',
          blockId: 'dossiers',
          candidateId: rng.pick([...candidates, 'k-nope']),
        },
      ],
      [FACILITATOR, { type: 'cases.voting', blockId: 'dossiers', open: rng.chance(0.6) }],
      [
        FACILITATOR,
        {
          type: 'cases.choose',
          blockId: 'dossiers',
          candidateId: rng.pick([...candidates, 'k-nope']),
        },
      ],
      [FACILITATOR, { type: rng.chance(0.5) ? 'block.next' : 'block.previous' }],
    ];
    // Weighted so the run spends time with the vote open: phones answer and vote most, the
    // facilitator chooses and moves on least.
    // A choice closes the vote for good, so it only comes in the last quarter of the run.
    const weights = [6, 8, 3, 1, 3, step > steps * 0.75 ? 2 : 0, 1];
    const at = rng.int(
      1,
      weights.reduce((a, b) => a + b, 0),
    );
    let index = 0;
    for (let sum = weights[0]!; sum < at; sum += weights[++index]!);
    const [actor, command] = attempts[index]!;
    try {
      const drafts = room.decide(actor, command);
      room.commit(
        drafts,
        actor.kind === 'participant'
          ? { kind: 'participant', id: actor.id }
          : { kind: 'facilitator' },
      );
    } catch (error) {
      if (!(error instanceof CommandRefused)) throw error;
    }
  }
  return { events: room.events, state: room.state };
}

describe('cases from practice, seeded', () => {
  const seed = fuzzSeed();
  for (const offset of [0, 1, 2, 3, 4, 5]) {
    it(`keeps every accepted move importable, anonymous and equal after redaction (seed ${seed + offset})`, () => {
      const { events, state } = run(seed + offset, 400);
      const cases = state.runs['dossiers']?.cases;
      // The run did reach the interesting states: a shortlist, an open vote with votes, a choice.
      expect(cases?.candidates.length ?? 0).toBeGreaterThan(0);
      expect(events.some((e) => e.type === 'case_voting' && e.open)).toBe(true);
      expect(
        events.some(
          (e) => e.type === 'answer_submitted' && e.answer.kind === 'practice' && e.answer.vote,
        ),
      ).toBe(true);
      expect(events.some((e) => e.type === 'case_chosen')).toBe(true);
      const at = NINE + 400 * 20_000 + 60_000;
      expect(checkRoomLog(events, at).ok).toBe(true);
      const redacted = redactLog(events);
      const check = checkRoomLog(redacted, at);
      expect(check.ok, JSON.stringify(!check.ok && check.refusal)).toBe(true);
      for (const event of redacted) {
        if (event.type === 'answer_submitted') expect(PHONES).not.toContain(event.participantId);
      }
      const again = foldRoom(redacted);
      expect(again.runs['dossiers']?.cases).toEqual(cases);
      expect(projectForPresenter(again)).toEqual(projectForPresenter(state));
      const consoleNow = projectForFacilitator(state).runs['dossiers']!.cases!;
      const consoleAgain = projectForFacilitator(again).runs['dossiers']!.cases!;
      // The same dossiers and votes; only a name a phone chose to show is not in the export.
      expect(consoleAgain.candidates).toEqual(consoleNow.candidates);
      expect(consoleAgain.submissions.map(({ author: _a, ...rest }) => rest)).toEqual(
        consoleNow.submissions.map(({ author: _a, ...rest }) => rest),
      );
    });
  }
});
