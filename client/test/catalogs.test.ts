import { describe, expect, it } from 'vitest';
import { BLOCK_KINDS, ERROR_CODES, PERSPECTIVES } from '@samenspel/shared';
import { translate } from '../src/i18n/catalogs';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';
import { placeholderNames } from '../src/i18n/message';

const catalogs = { nl, en };

const placeholders = placeholderNames;

describe('message catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it('have no empty strings', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('cover every error code, block kind and perspective of the shared contract', () => {
    const keys = new Set(Object.keys(nl));
    for (const code of ERROR_CODES) expect(keys.has(`error.${code}`), code).toBe(true);
    for (const kind of BLOCK_KINDS) expect(keys.has(`kind.${kind}`), kind).toBe(true);
    for (const p of PERSPECTIVES) expect(keys.has(`perspective.${p}`), p).toBe(true);
  });

  it('spell the ideal types one way, as names: de Bureaucraat, the Bureaucrat', () => {
    const lower = {
      nl: /\b(bureaucraat|ondernemer|verbinder)\b/,
      en: /\b(bureaucrat|entrepreneur|connector)\b/,
    };
    for (const [language, catalog] of Object.entries(catalogs) as [
      keyof typeof lower,
      Record<string, string>,
    ][]) {
      for (const [key, text] of Object.entries(catalog)) {
        // Placeholders such as {bureaucraat} are names of values, not words on screen.
        expect(text.replace(/\{\w+\}/g, ''), key).not.toMatch(lower[language]);
      }
    }
  });

  it('fill in placeholders and leave unknown ones visible', () => {
    expect(translate('nl', 'participant.blockOf', { n: 2, m: 9 })).toBe('Onderdeel 2 van 9');
    expect(translate('en', 'participant.blockOf', { n: 2 })).toBe('Part 2 of {m}');
  });
});
