import { describe, expect, it } from 'vitest';
import {
  fieldIdForPath,
  focusTargetForPath,
  pathForFieldId,
} from '../../src/screens/studio/model/fieldIds';

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

describe('focus target for a problem', () => {
  it('is the field itself when it is on the page', () => {
    const onPage = new Set(['studio-field-blocks-1-options-0-label']);
    expect(focusTargetForPath(['blocks', 1, 'options', 0, 'label'], (id) => onPage.has(id))).toBe(
      'studio-field-blocks-1-options-0-label',
    );
  });

  it('is the closest enclosing field when the path names a block or a list', () => {
    const onPage = new Set(['studio-field-blocks-2', 'studio-field-blocks-2-title']);
    expect(focusTargetForPath(['blocks', 2, 'options'], (id) => onPage.has(id))).toBe(
      'studio-field-blocks-2',
    );
    expect(focusTargetForPath(['blocks', 9, 'title'], (id) => onPage.has(id))).toBeNull();
  });
});
