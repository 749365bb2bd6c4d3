import { describe, expect, it } from 'vitest';
import { fieldIdForPath, pathForFieldId } from '../../src/screens/studio/model/fieldIds';

describe('field ids', () => {
  it('names the input of a checker problem path', () => {
    expect(fieldIdForPath(['blocks', 3, 'options', 1, 'label'])).toBe(
      'studio-field-blocks-3-options-1-label',
    );
    expect(fieldIdForPath(['minutes'])).toBe('studio-field-minutes');
  });

  it('gives the same id for the same path and different ids for different paths', () => {
    const paths = [
      ['blocks', 0, 'title'],
      ['blocks', 1, 'title'],
      ['blocks', 0, 'options', 0, 'label'],
      ['blocks', 0, 'autoStartTimer'],
      ['title'],
    ];
    const ids = paths.map(fieldIdForPath);
    expect(new Set(ids).size).toBe(paths.length);
    expect(fieldIdForPath(['blocks', 0, 'title'])).toBe(ids[0]);
  });

  it('turns an id back into its path, numbers as numbers', () => {
    const path = ['blocks', 12, 'cards', 0, 'brief'];
    expect(pathForFieldId(fieldIdForPath(path))).toEqual(path);
    expect(pathForFieldId('something-else')).toBeNull();
  });
});
