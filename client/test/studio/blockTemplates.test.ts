import { BLOCK_KINDS, checkScenario, type BlockInput } from '@samenspel/shared';
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/screens/studio/model/blockTemplates';

function minimalScenario(block: BlockInput) {
  return { id: 'proef', title: 'Proef', minutes: block.minutes, blocks: [block] };
}

describe('block templates', () => {
  it.each(BLOCK_KINDS)('a new %s block passes the checker on its own', (kind) => {
    const block = newBlock(kind, 'nieuw-blok');
    expect(block.kind).toBe(kind);
    expect(block.id).toBe('nieuw-blok');
    const result = checkScenario(minimalScenario(block));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('passes the checker with one of every kind in a single programme', () => {
    const blocks = BLOCK_KINDS.map((kind, i) => newBlock(kind, `blok-${i}`));
    const minutes = blocks.reduce((sum, block) => sum + block.minutes, 0);
    const result = checkScenario({ id: 'alles', title: 'Alles', minutes, blocks });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
