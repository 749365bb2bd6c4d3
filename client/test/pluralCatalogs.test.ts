import { describe, expect, it } from 'vitest';
import { translate } from '../src/i18n/catalogs';
import { en } from '../src/i18n/en';
import { nl } from '../src/i18n/nl';
import { formatMessage, pluralBranches } from '../src/i18n/message';

const catalogs = { nl, en };

/**
 * Placeholders that hold a number of people or things. Outside a plural form they may only end
 * a text or stand before punctuation or an invariant abbreviation ("Deelnemers: {count}",
 * "{minutes} min"), where no word depends on the number.
 */
const COUNTS = [
  'count',
  'answered',
  'complete',
  'started',
  'respondents',
  'blocks',
  'total',
  'minutes',
];

/**
 * Texts in which a count is followed by a word that reads the same for 1 and for 12 ("klaar",
 * "done", "beantwoord"). A new key belongs here only when that is true in both languages.
 */
const NO_WORD_DEPENDS = new Set([
  'console.activity.answered',
  'console.activity.started',
  'console.activity.complete',
  'presenter.answered.started',
]);

/** The message with every plural form taken out, so what is left is outside any plural. */
function outsidePlurals(template: string): string {
  let out = '';
  let depth = 0;
  let inPlural = 0;
  for (let i = 0; i < template.length; i++) {
    const rest = template.slice(i);
    if (template[i] === '{') {
      depth++;
      if (inPlural === 0 && /^\{\s*\w+\s*,\s*plural\s*,/.test(rest)) inPlural = depth;
    }
    if (inPlural === 0) out += template[i];
    if (template[i] === '}') {
      if (depth === inPlural) inPlural = 0;
      depth--;
    }
  }
  return out;
}

describe('plurals in the message catalogs', () => {
  it('give every count that a word depends on a plural form, in every catalog', () => {
    const missing: string[] = [];
    for (const [language, catalog] of Object.entries(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        if (NO_WORD_DEPENDS.has(key)) continue;
        const bare = outsidePlurals(text);
        for (const name of COUNTS) {
          const followedByWord = new RegExp(`\\{${name}\\}(?!\\s*(?:$|[.,;:!?()·/%]|min\\b|u\\b))`);
          if (followedByWord.test(bare)) missing.push(`${language} ${key}: ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('have an other form in every plural, and only selectors the language knows', () => {
    for (const catalog of Object.values(catalogs)) {
      for (const [key, text] of Object.entries(catalog)) {
        for (const match of text.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)) {
          const open = match.index;
          let depth = 0;
          let close = open;
          for (; close < text.length; close++) {
            if (text[close] === '{') depth++;
            else if (text[close] === '}' && --depth === 0) break;
          }
          const branches = pluralBranches(text.slice(open + match[0].length, close));
          expect(branches.has('other'), key).toBe(true);
          for (const selector of branches.keys())
            expect(selector, key).toMatch(/^(=\d+|one|other)$/);
        }
      }
    }
  });

  it('say "1 deelnemer" and "2 deelnemers", by the language\'s own rules', () => {
    expect(translate('nl', 'poll.respondents', { count: 1 })).toBe('1 deelnemer stemde');
    expect(translate('nl', 'poll.respondents', { count: 2 })).toBe('2 deelnemers stemden');
    expect(translate('en', 'poll.respondents', { count: 1 })).toBe('1 participant voted');
    expect(translate('nl', 'presenter.lobby.in', { count: 0 })).toBe('Nog niemand binnen');
    expect(
      formatMessage('{n, plural, one {# ding van {m}} other {# dingen van {m}}}', 'nl', {
        n: 1,
        m: 3,
      }),
    ).toBe('1 ding van 3');
    // A missing number leaves the form visible rather than guessing.
    expect(formatMessage('{n, plural, one {#} other {#}}', 'nl', {})).toBe(
      '{n, plural, one {#} other {#}}',
    );
  });
});
