import { describe, expect, it } from 'vitest';
import { checkScenario } from '@samenspel/shared';
import { removeAtPath, setAtPath } from '../../src/screens/studio/model/setField';
import { deepFreeze, sampleDraft } from './studioFixtures';

describe('setAtPath', () => {
  it('changes one nested field and leaves the original as it was', () => {
    const draft = { blocks: [{ id: 'p', options: [{ id: 'o1', label: 'Ja' }] }] };
    const next = setAtPath(draft, ['blocks', 0, 'options', 0, 'label'], 'Nee');
    expect(next.blocks[0]?.options[0]?.label).toBe('Nee');
    expect(draft.blocks[0]?.options[0]?.label).toBe('Ja');
  });

  it('removes the key for undefined, so an emptied optional field leaves no trace', () => {
    const draft = deepFreeze({ ...sampleDraft(), audience: 'Provincie Utrecht' });
    const next = setAtPath(draft, ['audience'], undefined);
    expect('audience' in next).toBe(false);
    expect(JSON.stringify(next)).toBe(JSON.stringify(sampleDraft()));
    expect(checkScenario(next).ok).toBe(true);
  });

  it('removes a nested key and copies only the way to it', () => {
    const draft = deepFreeze({
      ...sampleDraft(),
      blocks: sampleDraft().blocks.map((block) => ({ ...block, notes: 'Let op de tijd.' })),
    });
    const next = setAtPath(draft, ['blocks', 1, 'notes'], undefined);
    expect(Object.keys(next.blocks[1] ?? {})).not.toContain('notes');
    expect(next.blocks[0]).toBe(draft.blocks[0]);
    expect(draft.blocks[1]?.notes).toBe('Let op de tijd.');
  });

  it('leaves the draft as it was when the key to remove is not there', () => {
    const draft = deepFreeze(sampleDraft());
    expect(setAtPath(draft, ['audience'], undefined)).toBe(draft);
    expect(setAtPath(draft, ['case', 'title'], undefined)).toBe(draft);
  });
});

describe('removeAtPath', () => {
  it('keeps a list as long as it was: removing an entry is a list edit, not this', () => {
    const list = deepFreeze(['a', 'b', 'c']);
    const next = removeAtPath(list, [1]);
    expect(next).toHaveLength(3);
    expect(next[1]).toBeUndefined();
  });
});
