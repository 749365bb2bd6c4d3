import type { ScenarioInput } from '@samenspel/shared';
import { describe, expect, it } from 'vitest';
import { deleteBlock, duplicateBlock, moveBlock } from '../../src/screens/studio/model/blockEdits';
import { deepFreeze, sampleDraft } from './studioFixtures';

const ids = (scenario: ScenarioInput) => scenario.blocks.map((block) => block.id);

describe('block edits', () => {
  it('moves, deletes and duplicates without touching the original draft', () => {
    const draft = deepFreeze(sampleDraft());
    expect(ids(moveBlock(draft, 0, 2))).toEqual(['peiling', 'pauze', 'welkom']);
    expect(ids(deleteBlock(draft, 'peiling'))).toEqual(['welkom', 'pauze']);
    expect(ids(duplicateBlock(draft, 'welkom', 'welkom-2'))).toEqual([
      'welkom',
      'welkom-2',
      'peiling',
      'pauze',
    ]);
    expect(ids(draft)).toEqual(['welkom', 'peiling', 'pauze']);
  });
});
