import { describe, expect, it } from 'vitest';
import { dropHeadings, splitTables, withoutRepeats } from '../src/screens/presenter/screenText';
import { breakEndsAt } from '../src/screens/presenter/format';
import { translate } from '../src/i18n/catalogs';

describe('screen text on the projector', () => {
  it('leaves out a first heading that repeats the title, and only then', () => {
    expect(dropHeadings('# Thermometer\n\nTwee uitspraken.', 'sameAsTitle', 'Thermometer')).toBe(
      '\nTwee uitspraken.',
    );
    expect(dropHeadings('# Welkom bij **Samenspel**', 'sameAsTitle', 'Welkom bij Samenspel')).toBe(
      '',
    );
    expect(dropHeadings('# Iets anders\nTekst', 'sameAsTitle', 'Thermometer')).toBe(
      '# Iets anders\nTekst',
    );
  });

  it('leaves out the first level-one heading but keeps the subheadings', () => {
    expect(dropHeadings('# Simulatie\n## Dinsdag 08:15\n\nTekst', 'first', 'x')).toBe(
      '## Dinsdag 08:15\n\nTekst',
    );
    expect(dropHeadings('## Alleen een sub\nTekst', 'first', 'x')).toBe('## Alleen een sub\nTekst');
    expect(dropHeadings('# Een\nTekst\n## Twee', 'all', 'x')).toBe('Tekst');
  });

  it('cuts Markdown tables out of the text', () => {
    const segments = splitTables(
      'Voor\n\n| | **A** | B |\n| --- | :---: | --- |\n| x | 1 | 2 |\n| y | 3 | 4 |\n\nNa',
    );
    expect(segments).toEqual([
      { kind: 'text', text: 'Voor\n' },
      {
        kind: 'table',
        header: ['', '**A**', 'B'],
        rows: [
          ['x', '1', '2'],
          ['y', '3', '4'],
        ],
      },
      { kind: 'text', text: '\nNa' },
    ]);
  });

  it('leaves a lone line with pipes alone', () => {
    expect(splitTables('a | b')).toEqual([{ kind: 'text', text: 'a | b' }]);
  });
});

describe('presenter formatting', () => {
  it('rounds a break end to the minute and has none while the clock stands still', () => {
    const t = Date.UTC(2025, 2, 10, 10, 44, 40);
    expect(breakEndsAt({ status: 'running', durationMs: 1, endsAt: t })).toBe(
      Date.UTC(2025, 2, 10, 10, 45, 0),
    );
    expect(breakEndsAt({ status: 'paused', durationMs: 1, remainingMs: 1 })).toBeNull();
    expect(breakEndsAt(null)).toBeNull();
  });

  it('picks singular or plural by the rules of the language', () => {
    expect(translate('nl', 'presenter.groups.count', { count: 1 })).toBe('1 groep');
    expect(translate('nl', 'presenter.groups.count', { count: 0 })).toBe('0 groepen');
    expect(translate('en', 'presenter.lobby.in', { count: 0 })).toBe('Nobody here yet');
    expect(translate('en', 'presenter.lobby.in', { count: 1 })).toBe('1 participant here');
  });
});

describe('a slide that repeats its question', () => {
  it('loses the paragraphs that only say the question again', () => {
    const question = 'Wat adviseer jij de wethouder voor het collegebesluit van dinsdag?';
    const slide =
      '**Wat adviseer jij de wethouder voor dinsdag?**\n\nStem als jezelf, met wat deze bril je net liet zien.';
    expect(withoutRepeats(slide, question)).toBe(
      'Stem als jezelf, met wat deze bril je net liet zien.',
    );
  });

  it('keeps what adds to the question', () => {
    expect(withoutRepeats('Na drie brillen: waar kom je uit?', 'Wat adviseer jij?')).toBe(
      'Na drie brillen: waar kom je uit?',
    );
  });
});
