// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { ScenarioInput } from '@samenspel/shared';
import { useLanguage } from '../../src/i18n/language';
import { RunSheet } from '../../src/screens/studio/runsheet/RunSheet';

function draft(): ScenarioInput {
  return {
    id: 'provincie',
    title: 'Samenspel in de provincie',
    language: 'nl',
    description: 'Een dag voor de provincie.\n\nNodig: een flap en stiften.',
    minutes: 45,
    blocks: [
      {
        id: 'welkom',
        kind: 'info',
        title: 'Welkom',
        minutes: 10,
        notes: '**Doel:** iedereen weet wat er komt.',
      },
      {
        id: 'stemming',
        kind: 'poll',
        title: 'Eerste stemming',
        minutes: 20,
        question: 'Wat vindt u?',
        options: [
          { id: 'ja', label: 'Ja' },
          { id: 'nee', label: 'Nee' },
        ],
      },
      { id: 'pauze', kind: 'break', title: 'Pauze', minutes: 30 },
    ],
  };
}

const times = () => screen.getAllByTestId('runsheet-time').map((cell) => cell.textContent);

beforeEach(() => {
  localStorage.clear();
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

describe('the run sheet', () => {
  it('counts clock times from 09:30 and shifts them when the start time changes', () => {
    render(<RunSheet draft={draft()} selectedBlockId={null} onSelectBlock={() => undefined} />);
    expect(times()).toEqual(['09:30', '09:40', '10:00']);
    expect(screen.getAllByTestId('runsheet-row')[1]!.textContent).toContain('Stemming');

    fireEvent.change(screen.getByLabelText('Starttijd'), { target: { value: '13:15' } });
    expect(times()).toEqual(['13:15', '13:25', '13:45']);
    expect(screen.getByTestId('runsheet-target').textContent).toContain('Klaar om 14:15');
  });

  it('remembers the start time per programme on this device', () => {
    const { unmount } = render(
      <RunSheet draft={draft()} selectedBlockId={null} onSelectBlock={() => undefined} />,
    );
    fireEvent.change(screen.getByLabelText('Starttijd'), { target: { value: '08:00' } });
    unmount();
    render(<RunSheet draft={draft()} selectedBlockId={null} onSelectBlock={() => undefined} />);
    expect(times()[0]).toBe('08:00');
    cleanup();
    render(
      <RunSheet
        draft={{ ...draft(), id: 'ander-programma' }}
        selectedBlockId={null}
        onSelectBlock={() => undefined}
      />,
    );
    expect(times()[0]).toBe('09:30');
  });

  it('shows the total against the target, over and on target', () => {
    const { rerender } = render(
      <RunSheet draft={draft()} selectedBlockId={null} onSelectBlock={() => undefined} />,
    );
    expect(screen.getByTestId('runsheet-total').textContent).toBe('Totaal 60 min, doel 45 min');
    expect(screen.getByTestId('runsheet-difference').textContent).toBe('15 min over het doel');
    rerender(
      <RunSheet
        draft={{ ...draft(), minutes: 60 }}
        selectedBlockId={null}
        onSelectBlock={() => undefined}
      />,
    );
    expect(screen.getByTestId('runsheet-difference').textContent).toBe('Precies op het doel');
  });

  it('selects a block when its row is clicked, and marks the selected one', () => {
    const onSelectBlock = vi.fn();
    render(<RunSheet draft={draft()} selectedBlockId="welkom" onSelectBlock={onSelectBlock} />);
    const rows = screen.getAllByTestId('runsheet-row');
    expect(rows[0]!.getAttribute('aria-current')).toBe('true');
    fireEvent.click(rows[2]!);
    expect(onSelectBlock).toHaveBeenCalledTimes(1);
    expect(onSelectBlock).toHaveBeenCalledWith('pauze');
    fireEvent.click(within(rows[1]!).getByRole('button', { name: 'Eerste stemming' }));
    expect(onSelectBlock).toHaveBeenLastCalledWith('stemming');
  });

  it('opens a printable sheet with clock times, full notes and materials, in the chosen language', () => {
    render(<RunSheet draft={draft()} selectedBlockId={null} onSelectBlock={() => undefined} />);
    const open = screen.getByRole('button', { name: 'Print draaiboek' });
    open.focus();
    fireEvent.click(open);
    const dialog = screen.getByRole('dialog', { name: 'Draaiboek afdrukken' });
    // The editor behind the view is out of reach until it closes.
    expect(screen.getByTestId('runsheet').closest('[inert]')).not.toBeNull();
    const paper = within(dialog).getByTestId('runsheet-paper');
    expect(paper.textContent).toContain('Samenspel in de provincie');
    expect(paper.textContent).toContain('Doel: iedereen weet wat er komt.');
    expect(paper.textContent).toContain('Nodig: een flap en stiften.');
    const rows = within(paper).getAllByTestId('paper-row');
    expect(rows.map((row) => row.textContent?.slice(0, 11))).toEqual([
      '09:30–09:40',
      '09:40–10:00',
      '10:00–10:30',
    ]);
    expect(rows[2]!.textContent).toContain('Pauze · 30 min');

    fireEvent.change(within(dialog).getByLabelText('Datum van de sessie'), {
      target: { value: '2026-12-14' },
    });
    expect(within(paper).getByTestId('paper-date').textContent).toBe(
      'maandag 14 december 2026 · 09:30–10:30',
    );
    fireEvent.change(within(dialog).getByLabelText('Taal van het draaiboek'), {
      target: { value: 'en' },
    });
    expect(paper.getAttribute('lang')).toBe('en');
    expect(within(paper).getByTestId('paper-date').textContent).toBe(
      'Monday, December 14, 2026 · 09:30–10:30',
    );
    expect(paper.textContent).toContain('Notes for the trainer');
    expect(rows[2]!.textContent).toContain('Break · 30 min');

    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('runsheet').closest('[inert]')).toBeNull();
    expect(document.activeElement).toBe(open);
  });
});
