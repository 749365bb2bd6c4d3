import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../src/screens/studio/history/diffVersions';

const v1 = [
  { id: 'a', kind: 'text', title: 'Welkom', minutes: 10 },
  { id: 'b', kind: 'vote', title: 'Stelling', minutes: 20 },
  { id: 'c', kind: 'text', title: 'Einde', minutes: 5 },
];

describe('diffVersions', () => {
  it('finds nothing between equal versions', () => {
    expect(diffVersions(v1, v1)).toEqual({ added: [], removed: [], moved: [], changed: [] });
  });

  it('names added and removed blocks by id without calling the rest moved', () => {
    const v2 = [v1[0]!, { id: 'd', kind: 'text', title: 'Nieuw', minutes: 5 }, v1[2]!];
    expect(diffVersions(v1, v2)).toEqual({ added: ['d'], removed: ['b'], moved: [], changed: [] });
  });

  it('names moved blocks and changed fields', () => {
    const v2 = [v1[1]!, { ...v1[0]!, minutes: 15, title: 'Hallo' }, v1[2]!];
    const diff = diffVersions(v1, v2);
    expect(diff.moved).toEqual(['b', 'a']);
    expect(diff.changed).toEqual([{ id: 'a', fields: ['minutes', 'title'] }]);
  });
});
