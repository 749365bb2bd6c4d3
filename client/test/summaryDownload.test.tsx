// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import type { ParticipantView as View } from '@samenspel/shared';
import { summaryFile } from '../src/screens/participant/summaryFile';
import { blockOf, ok, renderPhone, viewWith } from './phoneFixtures';

afterEach(cleanup);

const summary: View['summary'] = {
  profile: {
    blockId: 'stellingen',
    strength: { bureaucraat: 0.5, ondernemer: 0.25, verbinder: 0.25 },
    share: { bureaucraat: 0.5, ondernemer: 0.25, verbinder: 0.25 },
    answered: 6,
    total: 6,
  },
  profiles: [],
  reflections: [
    { blockId: 'indruk', prompt: 'Wat viel je op?', text: '<img src=x onerror=alert(1)> kaders' },
  ],
  intentions: ['Vaker doorvragen bij de wethouder'],
  visits: [
    {
      blockId: 'keukenbezoek',
      host: 'De wethouder <b>wonen</b>',
      when: 'Week 12',
      question: 'Wanneer wil zij een dossier zien?',
      partners: ['Sanne', null],
    },
  ],
};

const labels = {
  title: 'Mijn samenvatting',
  madeOn: 'Gemaakt op 23-11-2026',
  profile: 'Mijn profiel',
  reflections: 'Wat je schreef',
  intentions: 'Je voornemens',
  visit: {
    heading: 'Je keukenbezoek',
    with: (names: string) => `Met ${names}`,
    withNobody: 'Nog zonder maatje',
    anonymous: 'Anonieme deelnemer',
    at: 'Bij',
    when: 'Wanneer',
    question: 'Jullie vraag',
  },
  types: { bureaucraat: 'Bureaucraat', ondernemer: 'Ondernemer', verbinder: 'Verbinder' },
};

describe('the participant’s own summary file', () => {
  it('holds the profile, own reflections and intentions, with every text inert', () => {
    const html = summaryFile(viewWith(null).room, summary, labels, 'nl');
    expect(html).toContain('<th scope="row">Bureaucraat</th><td>50%</td>');
    expect(html).toContain('Vaker doorvragen bij de wethouder');
    expect(html).toContain('Met Sanne, Anonieme deelnemer');
    expect(html).toContain('<dd>De wethouder &lt;b&gt;wonen&lt;/b&gt;</dd>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; kaders');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("default-src 'none'");
  });

  it('can be downloaded at the end and, during the day, from “my summary so far”', () => {
    renderPhone(viewWith(null, { room: { ...viewWith(null).room, status: 'ended' }, summary }), ok);
    expect(screen.getByTestId('summary-download')).toBeTruthy();
    cleanup();
    renderPhone(viewWith(blockOf({ kind: 'info' }), { summary }), ok);
    expect(screen.getByTestId('summary-so-far')).toBeTruthy();
    expect(
      screen.getByTestId('summary-so-far').querySelector('[data-testid="summary-download"]'),
    ).toBeTruthy();
  });

  it('offers nothing to download to someone who wrote nothing', () => {
    renderPhone(viewWith(blockOf({ kind: 'info' })), ok);
    expect(screen.queryByTestId('summary-so-far')).toBeNull();
  });
});
