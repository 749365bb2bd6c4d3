import { describe, expect, it } from 'vitest';
import { toRuns, toTextBlocks } from '../src/lib/textBlocks';

describe('block text', () => {
  it('joins wrapped lines into paragraphs and splits on blank lines', () => {
    expect(toTextBlocks('One\r\nline two\n\n  \nThree\n\n')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'One line two' }] },
      { kind: 'paragraph', runs: [{ text: 'Three' }] },
    ]);
  });

  it('reads headings, bullet lists and numbered lists', () => {
    const blocks = toTextBlocks('# Ronde 1\nIntro\n- een\n- twee\n  loopt door\n1. eerst\n2) dan');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, runs: [{ text: 'Ronde 1' }] },
      { kind: 'paragraph', runs: [{ text: 'Intro' }] },
      {
        kind: 'list',
        ordered: false,
        items: [[{ text: 'een' }], [{ text: 'twee loopt door' }]],
      },
      { kind: 'list', ordered: true, items: [[{ text: 'eerst' }], [{ text: 'dan' }]] },
    ]);
  });

  it('marks bold and italic runs, and leaves HTML as text', () => {
    expect(toRuns('Je bent **de Bureaucraat** in *het* kwadraat <b>x</b>')).toEqual([
      { text: 'Je bent ' },
      { text: 'de Bureaucraat', strong: true },
      { text: ' in ' },
      { text: 'het', em: true },
      { text: ' kwadraat <b>x</b>' },
    ]);
    expect(toRuns('a * b * c and snake_case_name')).toEqual([
      { text: 'a * b * c and snake_case_name' },
    ]);
  });

  it('reads links to http(s) and mailto, and keeps only the words of any other link', () => {
    expect(
      toRuns('Zie [de handreiking](https://example.org/a?b=1) of [mail](mailto:x@y.nl).'),
    ).toEqual([
      { text: 'Zie ' },
      { text: 'de handreiking', href: 'https://example.org/a?b=1' },
      { text: ' of ' },
      { text: 'mail', href: 'mailto:x@y.nl' },
      { text: '.' },
    ]);
    expect(
      toRuns('[klik](javascript:alert(1)) [lokaal](/facilitator) [data](data:text/html,x)'),
    ).toEqual([
      { text: 'klik' },
      { text: ') ' },
      { text: 'lokaal' },
      { text: ' ' },
      { text: 'data' },
    ]);
  });

  it('knows the level of a heading', () => {
    expect(toTextBlocks('## Twee\n###### Zes')).toEqual([
      { kind: 'heading', level: 2, runs: [{ text: 'Twee' }] },
      { kind: 'heading', level: 6, runs: [{ text: 'Zes' }] },
    ]);
  });
});
