import type { ScenarioInput } from '@samenspel/shared';
import { describe, expect, it } from 'vitest';
import {
  addBlock,
  addItem,
  duplicate,
  moveItem,
  removeBlock,
  removeItem,
  reorderBlock,
  setField,
} from '../../src/screens/studio/model/edits';
import { deepFreeze, sampleDraft } from './studioFixtures';

const ids = (draft: ScenarioInput) => draft.blocks.map((block) => block.id);
const optionIds = (draft: ScenarioInput) => {
  const poll = draft.blocks[1];
  return poll?.kind === 'poll' ? poll.options.map((option) => option.id) : [];
};

describe('edits', () => {
  it('never mutate the draft they are given (it is frozen) and return a new one', () => {
    const draft = deepFreeze(sampleDraft());
    const before = structuredClone(draft);
    const edits = [
      setField(['blocks', 1, 'options', 0, 'label'], 'Helemaal eens'),
      addBlock('roles', 'welkom'),
      duplicate('peiling'),
      removeBlock('pauze'),
      reorderBlock(0, 2),
      addItem(['blocks', 1, 'options'], { id: 'derde', label: 'Weet niet' }),
      removeItem(['blocks', 1, 'options'], 0),
      moveItem(['blocks', 1, 'options'], 0, 1),
    ];
    for (const edit of edits) {
      const next = edit.run(draft);
      expect(next).not.toBe(draft);
      expect(draft).toEqual(before);
    }
  });

  it('set a field at a checker path and leave the other blocks shared, not copied', () => {
    const draft = sampleDraft();
    const next = setField(['blocks', 1, 'options', 1, 'label'], 'Neutraal').run(draft);
    const poll = next.blocks[1];
    expect(poll?.kind === 'poll' && poll.options[1]?.label).toBe('Neutraal');
    expect(next.blocks[0]).toBe(draft.blocks[0]);
  });

  it('add a block of a kind after another, with a fresh id', () => {
    const draft = sampleDraft();
    const once = addBlock('break', 'welkom').run(draft);
    expect(ids(once)).toEqual(['welkom', 'break', 'peiling', 'pauze']);
    const twice = addBlock('break', null).run(once);
    expect(ids(twice)).toEqual(['welkom', 'break', 'peiling', 'pauze', 'break-2']);
  });

  it('duplicate a block right after itself under a new id, as an independent copy', () => {
    const draft = sampleDraft();
    const next = duplicate('peiling').run(draft);
    expect(ids(next)).toEqual(['welkom', 'peiling', 'peiling-kopie', 'pauze']);
    expect(next.blocks[2]).toEqual({ ...draft.blocks[1], id: 'peiling-kopie' });
    expect(next.blocks[2]).not.toBe(draft.blocks[1]);
  });

  it('delete and move blocks', () => {
    const draft = sampleDraft();
    expect(ids(removeBlock('peiling').run(draft))).toEqual(['welkom', 'pauze']);
    expect(ids(reorderBlock(2, 0).run(draft))).toEqual(['pauze', 'welkom', 'peiling']);
    expect(ids(reorderBlock(0, 99).run(draft))).toEqual(['peiling', 'pauze', 'welkom']);
  });

  it('add, remove and move items of a list inside a block', () => {
    const draft = sampleDraft();
    const path = ['blocks', 1, 'options'];
    const added = addItem(path, { id: 'derde', label: 'Weet niet' }).run(draft);
    expect(optionIds(added)).toEqual(['peiling-optie-1', 'peiling-optie-2', 'derde']);
    const inFront = addItem(path, { id: 'eerst', label: 'Eerst' }, 0).run(draft);
    expect(optionIds(inFront)).toEqual(['eerst', 'peiling-optie-1', 'peiling-optie-2']);
    expect(optionIds(removeItem(path, 0).run(added))).toEqual(['peiling-optie-2', 'derde']);
    expect(optionIds(moveItem(path, 2, 0).run(added))).toEqual([
      'derde',
      'peiling-optie-1',
      'peiling-optie-2',
    ]);
  });

  it('leave the draft itself when there is nothing to change', () => {
    const draft = sampleDraft();
    expect(removeBlock('bestaat-niet').run(draft)).toBe(draft);
    expect(removeItem(['blocks', 1, 'options'], 5).run(draft)).toBe(draft);
    expect(moveItem(['blocks', 1, 'options'], 0, 0).run(draft)).toBe(draft);
    expect(addItem(['blocks', 0, 'title'], 'x').run(draft)).toBe(draft);
  });
});
