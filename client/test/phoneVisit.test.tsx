// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import type { BlockContent } from '@samenspel/shared';
import type { SendCommand } from '../src/hooks/useRoomConnection';
import { useRoomStore } from '../src/state/roomStore';
import { blockOf, mineWith, ok, renderPhone, viewWith } from './phoneFixtures';

const drawn: BlockContent = {
  kind: 'visit',
  prompt: 'Spreek af bij wie jullie in de keuken kijken.',
  pairing: 'drawn',
  maxLength: 500,
};
const chosen: BlockContent = { ...drawn, pairing: 'chosen' };

const field = (testId: string) => screen.getByTestId<HTMLInputElement>(testId);
const fill = (testId: string, value: string) =>
  fireEvent.change(field(testId), { target: { value } });
const submit = () => screen.getByTestId<HTMLButtonElement>('visit-submit');

beforeEach(() => {
  localStorage.clear();
  useRoomStore.getState().reset();
  useRoomStore.getState().setStatus('online');
});
afterEach(cleanup);

describe('a keukenbezoek on the phone', () => {
  it('shows the drawn partner, and saves the agreement once whose, when and the question are in', () => {
    const send = vi.fn<SendCommand>(ok);
    const mine = mineWith(null, {
      groupsFormed: true,
      group: {
        number: 2,
        members: [
          { name: 'Anna', me: true },
          { name: 'Bram', me: false },
        ],
      },
    });
    renderPhone(viewWith(blockOf(drawn), { mine }), send);
    expect(screen.getByTestId('visit-pair').textContent).toContain('Bram');
    expect(screen.queryByTestId('visit-partner')).toBeNull();
    fill('visit-host', ' De wethouder wonen ');
    fill('visit-when', 'Week 12');
    expect(submit().disabled).toBe(true);
    fill('visit-question', 'Wanneer wil zij een dossier zien?');
    expect(submit().disabled).toBe(false);
    fireEvent.click(submit());
    expect(send).toHaveBeenCalledWith({
      type: 'answer',
      blockId: 'visit-1',
      answer: {
        kind: 'visit',
        host: 'De wethouder wonen',
        when: 'Week 12',
        question: 'Wanneer wil zij een dossier zien?',
      },
    });
  });

  it('says the pairs are still to come, and asks for the partner where the room pairs itself', () => {
    renderPhone(viewWith(blockOf(drawn)), vi.fn<SendCommand>(ok));
    expect(screen.getByTestId('visit-waiting').textContent).toContain(
      'De koppels worden zo gemaakt',
    );
    cleanup();
    const send = vi.fn<SendCommand>(ok);
    renderPhone(viewWith(blockOf(chosen)), send);
    expect(screen.queryByTestId('visit-waiting')).toBeNull();
    fill('visit-host', 'Een teamleider bij de provincie');
    fill('visit-when', 'Voor de zomer');
    fill('visit-question', 'Hoe bereidt hij een lastig gesprek voor?');
    expect(submit().disabled).toBe(true);
    fill('visit-partner', 'Sanne');
    fireEvent.click(submit());
    expect(send.mock.calls[0]![0]).toMatchObject({ answer: { kind: 'visit', partner: 'Sanne' } });
  });

  it('shows the own agreement again at the report-back, or says there was none', () => {
    const reflection: BlockContent = {
      kind: 'reflection',
      prompt: 'Wat zag je in die keuken?',
      anonymous: false,
      maxLength: 1000,
    };
    const agreement = {
      blockId: 'bezoek',
      host: 'De wethouder wonen',
      when: 'Week 12',
      question: 'Wanneer wil zij een dossier zien?',
      partners: ['Bram', null],
    };
    renderPhone(
      viewWith(blockOf(reflection), { mine: mineWith(null, { visit: { agreement } }) }),
      vi.fn<SendCommand>(ok),
    );
    const card = screen.getByTestId('visit-agreement');
    expect(card.textContent).toContain('Met Bram, Anonieme deelnemer');
    expect(card.textContent).toContain('De wethouder wonen');
    cleanup();
    renderPhone(
      viewWith(blockOf(reflection), { mine: mineWith(null, { visit: { agreement: null } }) }),
      vi.fn<SendCommand>(ok),
    );
    expect(screen.getByTestId('look-back-visit').textContent).toContain('geen afspraak');
  });
});
