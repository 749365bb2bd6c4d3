import { describe, expect, it } from 'vitest';
import {
  ScenarioSchema,
  foldRoom,
  projectForFacilitator,
  projectForPresenter,
  resultsOf,
  type Answer,
} from '@samenspel/shared';
import { ANN, ANON, BRAM, LogBuilder, MIN, asParticipant, roomCreated, T0 } from './fixtures.js';

const items = Array.from({ length: 24 }, (_, i) => ({
  id: `s${i + 1}`,
  type: (['bureaucraat', 'ondernemer', 'verbinder'] as const)[i % 3],
  text: `Stelling ${i + 1}`,
}));
const programme = ScenarioSchema.parse({
  id: 'meten',
  title: 'Meten',
  minutes: 20,
  blocks: [
    { id: 'lijst', kind: 'statements', title: 'Stellingenlijst', minutes: 10, items },
    {
      id: 'thermometer',
      kind: 'scale',
      title: 'Thermometer',
      minutes: 5,
      statements: Array.from({ length: 5 }, (_, i) => ({
        id: `t${i + 1}`,
        text: `Uitspraak ${i + 1}`,
      })),
    },
  ],
});

const valuesFor = (ids: readonly string[]) => Object.fromEntries(ids.map((id) => [id, 3]));
const allItems = items.map((item) => item.id);

/** Ann finishes both, Bram stops at 20 of 24 and at 3 of 5, the anonymous one only starts the list. */
function session(block: 'lijst' | 'thermometer') {
  const log = new LogBuilder(roomCreated(T0, programme)).at(MIN).join(ANN).join(BRAM).join(ANON);
  log.add({ type: 'session_started' }).add({ type: 'block_entered', blockIndex: 0 });
  const answer = (who: { id: string }, blockId: string, value: Answer) =>
    log.add(
      { type: 'answer_submitted', blockId, participantId: who.id, answer: value },
      asParticipant(who.id),
    );
  answer(ANN, 'lijst', { kind: 'statements', values: valuesFor(allItems) });
  answer(BRAM, 'lijst', { kind: 'statements', values: valuesFor(allItems.slice(0, 20)) });
  answer(ANON, 'lijst', { kind: 'statements', values: valuesFor(allItems.slice(0, 1)) });
  if (block === 'thermometer') {
    log.add({ type: 'block_entered', blockIndex: 1 });
    answer(ANN, 'thermometer', {
      kind: 'scale',
      values: valuesFor(['t1', 't2', 't3', 't4', 't5']),
    });
    answer(BRAM, 'thermometer', { kind: 'scale', values: valuesFor(['t1', 't2', 't3']) });
  }
  return foldRoom(log.events);
}

describe('complete and started answers', () => {
  it('counts a stellingenlijst of 20 of 24 as started, not as done, on the console and the projector', () => {
    const state = session('lijst');
    const run = projectForFacilitator(state).runs['lijst']!;
    expect(run.progress).toEqual({ complete: 1, started: 2 });
    expect(run.completeBy).toEqual([ANN.id]);
    expect(run.answeredBy).toEqual([ANN.id, BRAM.id, ANON.id]);
    expect(projectForPresenter(state).live?.progress).toEqual({ complete: 1, started: 2 });
    // The group picture counts by the same rule.
    const results = resultsOf(programme.blocks[0]!, state.runs['lijst']!);
    expect(results?.kind === 'statements' && results.complete).toBe(1);
  });

  it('counts a scale with 3 of 5 statements as started', () => {
    const state = session('thermometer');
    expect(projectForFacilitator(state).runs['thermometer']!.progress).toEqual({
      complete: 1,
      started: 1,
    });
    expect(projectForPresenter(state).live?.progress).toEqual({ complete: 1, started: 1 });
  });
});
