import { describe, expect, it } from 'vitest';
import { setAtPath } from '../../src/screens/studio/model/setField';

describe('setAtPath', () => {
  it('changes one nested field and leaves the original as it was', () => {
    const draft = { blocks: [{ id: 'p', options: [{ id: 'o1', label: 'Ja' }] }] };
    const next = setAtPath(draft, ['blocks', 0, 'options', 0, 'label'], 'Nee');
    expect(next.blocks[0]?.options[0]?.label).toBe('Nee');
    expect(draft.blocks[0]?.options[0]?.label).toBe('Ja');
  });
});
