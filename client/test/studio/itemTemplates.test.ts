import { checkScenario, type BlockKind, type ScenarioInput } from '@samenspel/shared';
import { describe, expect, it } from 'vitest';
import { newBlock } from '../../src/screens/studio/model/blockTemplates';
import { addListEntry } from '../../src/screens/studio/model/edits';
import type { ItemListKey } from '../../src/screens/studio/model/itemTemplates';

function programmeOf(kind: BlockKind): ScenarioInput {
  const block = newBlock(kind, 'blok');
  return { id: 'proef', title: 'Proef', minutes: block.minutes, blocks: [block] };
}

const lists: [BlockKind, ItemListKey][] = [
  ['poll', 'options'],
  ['scale', 'statements'],
  ['statements', 'items'],
  ['roles', 'cards'],
];

describe('adding a list entry', () => {
  it.each(lists)('adds a %s %s entry that keeps the programme valid, twice over', (kind, key) => {
    const draft = programmeOf(kind);
    const once = addListEntry(0, key).run(draft);
    const twice = addListEntry(0, key).run(once);
    const length = (d: ScenarioInput) =>
      ((d.blocks[0] as Record<string, unknown>)[key] as unknown[]).length;
    expect(length(twice)).toBe(length(draft) + 2);
    const result = checkScenario(twice);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('leaves a block without such a list as it is', () => {
    const draft = programmeOf('info');
    expect(addListEntry(0, 'options').run(draft)).toBe(draft);
    expect(addListEntry(5, 'options').run(draft)).toBe(draft);
  });
});
