import { describe, expect, it } from 'vitest';
import {
  ParticipantViewSchema,
  ScenarioSchema,
  foldRoom,
  projectForParticipant,
} from '@samenspel/shared';
import { ANN, ANON, BRAM, LogBuilder, roomCreated, scenarioInput } from './fixtures.js';

/** A fourth person, in the other pair. */
const CEES = { id: 'p-cees-20b8', name: 'Cees Hoogendoorn' } as const;

/** The small programme with a pairs block after it, and two pairs made in it. */
function paired() {
  const withGroups = ScenarioSchema.parse({
    ...scenarioInput,
    blocks: [
      ...scenarioInput.blocks,
      {
        id: 'tweetallen',
        kind: 'groups',
        title: 'In tweetallen',
        minutes: 5,
        size: 2,
        prompt: 'Praat.',
      },
    ],
  });
  const log = new LogBuilder(roomCreated(undefined, withGroups))
    .join(ANN)
    .join(BRAM)
    .join(ANON)
    .join(CEES)
    .add({ type: 'session_started' })
    .add({ type: 'block_entered', blockIndex: 3 })
    .add({
      type: 'groups_formed',
      blockId: 'tweetallen',
      groups: [
        [ANN.id, ANON.id],
        [BRAM.id, CEES.id],
      ],
    });
  return foldRoom(log.events);
}

describe('a phone in a group', () => {
  it('lists its own group, itself marked, partners by name or as anonymous', () => {
    const state = paired();
    const ann = ParticipantViewSchema.parse(projectForParticipant(state, ANN.id));
    expect(ann.mine?.group).toEqual({
      number: 1,
      members: [
        { name: ANN.name, me: true },
        { name: null, me: false },
      ],
    });
    const anon = projectForParticipant(state, ANON.id);
    expect(anon.mine?.group?.members).toEqual([
      { name: ANN.name, me: false },
      { name: null, me: true },
    ]);
  });

  it('never names the people of another group', () => {
    const state = paired();
    const ann = JSON.stringify(projectForParticipant(state, ANN.id));
    for (const secret of [BRAM.name, BRAM.id, CEES.name, CEES.id])
      expect(ann).not.toContain(secret);
    const bram = JSON.stringify(projectForParticipant(state, BRAM.id));
    for (const secret of [ANN.name, ANN.id, ANON.id]) expect(bram).not.toContain(secret);
  });
});
