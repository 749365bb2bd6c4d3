// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pictureSvg, type PictureTexts } from '../src/screens/selftest/picture';
import { selfTestMemory } from '../src/screens/selftest/selfTestMemory';

const texts: PictureTexts = {
  title: 'Mijn profiel <script>alert(1)</script>',
  subtitle: 'Zelftest · 3 december 2026',
  description: 'Jouw profiel: Bureaucraat 100%, Ondernemer 0%, Verbinder 0%.',
  types: { bureaucraat: 'Bureaucraat', ondernemer: 'Ondernemer & co', verbinder: 'Verbinder' },
  explanations: { bureaucraat: 'Regels', ondernemer: 'Resultaat', verbinder: 'Relaties' },
  footer: 'Gemaakt met Samenspel',
};

describe('the self-test picture file', () => {
  it('is a well-formed SVG with its text for screen readers, every text escaped', () => {
    const svg = pictureSvg({ bureaucraat: 1, ondernemer: 0, verbinder: 0 }, texts);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('title')?.textContent).toBe(texts.title);
    expect(doc.querySelector('desc')?.textContent).toBe(texts.description);
    expect(doc.querySelector('script')).toBeNull();
    expect(svg).toContain('Ondernemer &amp; co');
    // No stylesheet and no classes: it is opened far from ours.
    expect(svg).not.toMatch(/class=|<style/);
  });

  it('puts the diamond where the profile is: at the corner of a pure type', () => {
    const diamondCentre = (svg: string) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const diamond = [...doc.querySelectorAll('polygon')].find(
        (polygon) => polygon.getAttribute('fill') === '#d97706',
      )!;
      const points = diamond
        .getAttribute('points')!
        .split(' ')
        .map((pair) => pair.split(',').map(Number) as [number, number]);
      return { x: points[0]![0], y: (points[0]![1] + points[2]![1]) / 2 };
    };
    // The triangle's corners on the page: Bureaucraat on top, Ondernemer left, Verbinder right.
    expect(
      diamondCentre(pictureSvg({ bureaucraat: 1, ondernemer: 0, verbinder: 0 }, texts)),
    ).toEqual({ x: 400, y: 178 });
    expect(
      diamondCentre(pictureSvg({ bureaucraat: 0, ondernemer: 1, verbinder: 0 }, texts)),
    ).toEqual({ x: 148, y: 634 });
    expect(
      diamondCentre(pictureSvg({ bureaucraat: 0, ondernemer: 0, verbinder: 1 }, texts)),
    ).toEqual({ x: 652, y: 634 });
  });
});

describe('what the self-test keeps on the device', () => {
  afterEach(() => localStorage.clear());

  it('keeps the answers and the code, and a changed answer makes the code go', () => {
    let memory = selfTestMemory.read();
    expect(memory).toEqual({ values: {}, saved: null });
    memory = selfTestMemory.withAnswer(memory, 's01', 5);
    memory = selfTestMemory.withSaved(memory, { code: 'WPZ8627N', expiresAt: 1 });
    selfTestMemory.write(memory);
    expect(selfTestMemory.read()).toEqual({
      values: { s01: 5 },
      saved: { code: 'WPZ8627N', expiresAt: 1 },
    });
    // The code was made from the answers as they were: another answer needs a new one.
    expect(selfTestMemory.withAnswer(memory, 's02', 3)).toEqual({
      values: { s01: 5, s02: 3 },
      saved: null,
    });
  });

  it('reads damaged storage as nothing, keeping what is still good', () => {
    localStorage.setItem('samenspel.selftest', '{not json');
    expect(selfTestMemory.read()).toEqual({ values: {}, saved: null });
    localStorage.setItem(
      'samenspel.selftest',
      JSON.stringify({ values: { s01: 4 }, saved: { code: 5 } }),
    );
    expect(selfTestMemory.read()).toEqual({ values: { s01: 4 }, saved: null });
    localStorage.setItem('samenspel.selftest', JSON.stringify({ values: { s01: 9 } }));
    expect(selfTestMemory.read().values).toEqual({});
  });
});
