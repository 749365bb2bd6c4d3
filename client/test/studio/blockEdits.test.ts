import type { ScenarioInput } from '@samenspel/shared';
import { describe, expect, it } from 'vitest';
import { deleteBlock, duplicateBlock, moveBlock } from '../../src/screens/studio/model/blockEdits';

const draft = {
  blocks: [
    { id: 'a', kind: 'info', title: 'A' },
    { id: 'b', kind: 'break', title: 'B' },
    { id: 'c', kind: 'info', title: 'C' },
  ],
} as unknown as ScenarioInput;

const ids = (scenario: ScenarioInput) => scenario.blocks.map((block) => block.id);

describe('block edits', () => {
  it('moves, deletes and duplicates without touching the original draft', () => {
    expect(ids(moveBlock(draft, 0, 2))).toEqual(['b', 'c', 'a']);
    expect(ids(deleteBlock(draft, 'b'))).toEqual(['a', 'c']);
    expect(ids(duplicateBlock(draft, 'a', 'a-2'))).toEqual(['a', 'a-2', 'b', 'c']);
    expect(ids(draft)).toEqual(['a', 'b', 'c']);
  });
});
