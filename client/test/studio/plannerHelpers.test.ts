import { describe, expect, it } from 'vitest';
import { compareVersions, hasChanges } from '../../src/screens/studio/history/compareVersions';
import { blockOfMethod } from '../../src/screens/studio/methods/methodBlock';
import { excerpt, materialsOf, plainText } from '../../src/screens/studio/runsheet/sheetBlocks';

describe('run sheet texts', () => {
  it('reads notes as plain text and cuts an excerpt at a word', () => {
    expect(plainText('**Doel:** veiligheid.\n\n- een\n- twee')).toBe('Doel: veiligheid. een twee');
    expect(excerpt('een twee drie vier', 12)).toBe('een twee…');
    expect(excerpt('kort', 12)).toBe('kort');
  });

  it('finds the materials paragraphs a trainer writes as "Nodig:" or "Materiaal:"', () => {
    const text = 'Een dag.\n\nNodig: een flap en\nstiften.\n\n**Materiaal:** kaartjes';
    expect(materialsOf(text)).toEqual(['Nodig: een flap en stiften.', 'Materiaal: kaartjes']);
    expect(materialsOf(undefined)).toEqual([]);
  });
});

describe('comparing versions as written', () => {
  it('names programme fields beside the block changes, and tolerates a broken draft', () => {
    const older = { title: 'Oud', minutes: 30, blocks: [{ id: 'a', title: 'A', minutes: 30 }] };
    const newer = {
      title: 'Nieuw',
      minutes: 30,
      blocks: [{ id: 'a', title: 'A', minutes: 25 }, 7],
    };
    const comparison = compareVersions(older, newer);
    expect(comparison.programme).toEqual(['title']);
    expect(comparison.changed).toEqual([{ id: 'a', fields: ['minutes'] }]);
    expect(hasChanges(compareVersions(older, older))).toBe(false);
    expect(compareVersions(null, 'geen programma').added).toEqual([]);
  });
});

describe('a method as a block to insert', () => {
  const method = (block: Record<string, unknown>) => ({ id: 'm', name: 'M', block, savedAt: 0 });

  it('inserts a draft block with a known kind, but nothing that is no block', () => {
    const draft = { id: 'p', kind: 'poll', title: 'Peiling', minutes: 5, options: [] };
    expect(blockOfMethod(method(draft))).toBe(draft);
    expect(blockOfMethod(method({ id: 'x', kind: 'dans', title: 'X', minutes: 5 }))).toBeNull();
    expect(blockOfMethod(method({ kind: 'info' }))).toBeNull();
  });
});
