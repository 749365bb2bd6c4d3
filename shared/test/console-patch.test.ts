import { describe, expect, it } from 'vitest';
import {
  applyConsolePatch,
  applyValue,
  ConsolePatchSchema,
  diffConsole,
  diffValue,
  foldRoom,
  projectFacilitatorLive,
  projectForFacilitator,
  type FacilitatorLive,
  type RoomEvent,
  type RoomEventDraft,
} from '@samenspel/shared';
import { ANN, asParticipant, BRAM, MIN, stamp, T0, workshopLog } from './fixtures.js';

/** The workshop morning with two votes on the poll before the session ends. */
function morning(): RoomEvent[] {
  const log = workshopLog().slice(0, -1);
  for (const [who, option] of [
    [ANN, 'bellen'],
    [BRAM, 'mailen'],
  ] as const) {
    const draft: RoomEventDraft = {
      type: 'answer_submitted',
      blockId: 'peiling',
      participantId: who.id,
      answer: { kind: 'poll', optionIds: [option] },
    };
    log.push(stamp(draft, log.length + 1, T0 + 22 * MIN, asParticipant(who.id)));
  }
  log.push(
    stamp({ type: 'session_ended' }, log.length + 1, T0 + 23 * MIN, { kind: 'facilitator' }),
  );
  return log;
}

const lives = (): FacilitatorLive[] => {
  const log = morning();
  return log.map((_, index) => projectFacilitatorLive(foldRoom(log.slice(0, index + 1))));
};

describe('console patches', () => {
  it('bring any earlier moment of a workshop to any later one, and say nothing when nothing changed', () => {
    const states = lives();
    for (let from = 0; from < states.length; from++) {
      for (let to = from; to < states.length; to++) {
        const patch = diffConsole(states[from]!, states[to]!);
        if (patch === null) {
          expect(states[to]).toEqual(states[from]);
          continue;
        }
        expect(applyConsolePatch(states[from]!, ConsolePatchSchema.parse(patch))).toEqual(
          states[to],
        );
      }
      expect(diffConsole(states[from]!, states[from]!)).toBeNull();
    }
  });

  it('carry only what changed: a vote is its block’s counts and a name, not the programme or the people', () => {
    const log = morning();
    const voteAt = log.findIndex((event) => event.type === 'answer_submitted');
    const before = projectFacilitatorLive(foldRoom(log.slice(0, voteAt)));
    const after = projectFacilitatorLive(foldRoom(log.slice(0, voteAt + 1)));
    const patch = diffConsole(before, after);
    expect(patch && 'o' in patch ? Object.keys(patch.o) : null).toEqual(['runs']);
    const whole = projectForFacilitator(foldRoom(log.slice(0, voteAt + 1)));
    expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(whole).length / 4);
  });

  it('change lists item by item, and send a list that shifted whole', () => {
    const people = (...ids: string[]) => ids.map((id) => ({ id, here: true }));
    const grown = diffValue(people('a', 'b'), [...people('a', 'b'), { id: 'c', here: false }]);
    expect(grown).toEqual({ a: { 2: { '=': { id: 'c', here: false } } }, n: 3 });
    const inPlace = diffValue(people('a', 'b', 'c'), [
      { id: 'a', here: true },
      { id: 'b', here: false },
      { id: 'c', here: true },
    ]);
    expect(inPlace).toEqual({ a: { 1: { o: { here: { '=': false } } } }, n: 3 });
    const shifted = diffValue(['a', 'b', 'c', 'd'], ['b', 'c', 'd']);
    expect(shifted).toEqual({ '=': ['b', 'c', 'd'] });
    expect(diffValue({ x: 1, y: 2 }, { x: 1 })).toEqual({ o: {}, d: ['y'] });
    // As JSON sends it: a key set to undefined is no key at all.
    expect(diffValue({ x: 1 }, { x: 1, y: undefined })).toBeNull();
    expect(diffValue({ x: 1, y: 2 }, { x: 1, y: undefined })).toEqual({ o: {}, d: ['y'] });
  });

  it('turn any JSON value into any other, and find no change exactly when there is none', () => {
    // Every pair from a set of values that differ in kind, in keys, in length and deep inside.
    const values: unknown[] = [
      null,
      0,
      'a',
      true,
      [],
      {},
      [1, 2, 3],
      [1, 2],
      [1, 5, 3, 4],
      [{ id: 'a', n: [1] }, { id: 'b' }],
      [{ id: 'a', n: [1, 2] }, { id: 'b' }],
      { x: 1 },
      { x: 1, y: undefined },
      { y: 2, x: 1 },
      { x: { deep: [1, { z: 'q' }] } },
      { x: { deep: [1, { z: 'r' }] }, w: null },
    ];
    const canonical = (value: unknown): string =>
      JSON.stringify(value, (_key, inner: unknown) =>
        inner && typeof inner === 'object' && !Array.isArray(inner)
          ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
          : inner,
      );
    for (const before of values) {
      for (const after of values) {
        const patch = diffValue(before, after);
        expect(patch === null, `${canonical(before)} → ${canonical(after)}`).toBe(
          canonical(before) === canonical(after),
        );
        if (patch) expect(canonical(applyValue(before, patch))).toBe(canonical(after));
      }
    }
  });

  it('set values rather than add to them: applying a patch twice changes nothing more', () => {
    const states = lives();
    const first = states[0]!;
    const last = states[states.length - 1]!;
    const patch = diffConsole(first, last)!;
    expect(applyConsolePatch(applyConsolePatch(first, patch)!, patch)).toEqual(last);
  });

  it('refuse a patch that reaches past the data or does not fit the console', () => {
    const live = lives()[0]!;
    expect(() => applyValue({}, JSON.parse('{"o":{"__proto__":{"=":{"polluted":1}}}}'))).toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => applyValue([1, 2], { a: { 3: { '=': 4 } }, n: 4 })).toThrow('gap');
    expect(applyConsolePatch(live, { o: { headcount: { '=': 'many' } } })).toBeNull();
    expect(applyConsolePatch(live, { a: { 3: { '=': 4 } }, n: 4 })).toBeNull();
  });
});
