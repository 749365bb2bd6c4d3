// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { ContentLanguage } from '../src/components/contentLanguage';
import { PlainText } from '../src/components/PlainText';
import { ScaleChart } from '../src/components/charts/ScaleChart';

afterEach(cleanup);

describe('accessibility of workshop content', () => {
  it('marks workshop text with the programme’s language, whatever the interface speaks', () => {
    render(
      <ContentLanguage.Provider value="nl">
        <PlainText text="De wethouder belt." testId="text" />
      </ContentLanguage.Provider>,
    );
    expect(screen.getByTestId('text').getAttribute('lang')).toBe('nl');
  });

  it('says the scale counts per point in words, not only in colour', () => {
    render(
      <ScaleChart
        statements={[{ id: 's1', text: 'Ik ken de kaders' }]}
        results={{ s1: { counts: [0, 1, 0, 2, 0], mean: 3.33 } }}
        points={5}
      />,
    );
    expect(screen.getByTestId('scale-counts').textContent).toBe('1: 0, 2: 1, 3: 0, 4: 2, 5: 0');
  });
});
