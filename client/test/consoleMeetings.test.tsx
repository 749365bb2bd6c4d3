// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ScenarioSchema, type FacilitatorView } from '@samenspel/shared';
import { MemoryRouter } from '../src/router/Router';
import { Console } from '../src/screens/facilitator/Console';
import { useLanguage } from '../src/i18n/language';
import { useRoomStore } from '../src/state/roomStore';
import { recordingSend, run, scenarioInput, viewAt } from './consoleFixtures';

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

/** The console's programme, split in two days after its second block. */
const twoDays = ScenarioSchema.parse({
  ...scenarioInput,
  meetings: [
    {
      title: 'Dag 1',
      minutes: scenarioInput.blocks.slice(0, 2).reduce((s, b) => s + b.minutes, 0),
    },
    { title: 'Dag 2', minutes: scenarioInput.blocks.slice(2).reduce((s, b) => s + b.minutes, 0) },
  ],
  blocks: scenarioInput.blocks.map((block, i) => (i >= 2 ? { ...block, meeting: 2 } : block)),
});

function viewOf(blockId: string, restingSince: number | null): FacilitatorView {
  const view = viewAt(blockId, run(), { scenario: twoDays });
  return {
    ...view,
    room: {
      ...view.room,
      meeting: {
        number: 1,
        count: 2,
        title: 'Dag 1',
        restingSince,
        next: 'Dag 2',
        firstBlock: 0,
        blocks: 2,
      },
    },
  };
}

function renderConsole(view: FacilitatorView) {
  const send = recordingSend();
  render(
    <MemoryRouter>
      <Console view={view} send={send} />
    </MemoryRouter>,
  );
  return send;
}

describe('the console in a programme of two days', () => {
  it("offers to close the day at its last block, not to go on into the next day's blocks", () => {
    const send = renderConsole(viewOf(twoDays.blocks[1]!.id, null));
    expect((screen.getByTestId('block-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('meeting-close'));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, afsluiten' }));
    expect(send.mock.calls.map(([command]) => command.type)).toEqual(['meeting.close']);
    // A block of day two cannot be jumped to from the agenda.
    const dayTwo = screen
      .getAllByTestId('agenda-item')
      .find((item) => item.dataset.blockId === twoDays.blocks[2]!.id)!;
    expect(dayTwo.querySelector('button')!.disabled).toBe(true);
  });

  it('while resting shows the rest and the start of the next day, and nothing to navigate', () => {
    const send = renderConsole(viewOf(twoDays.blocks[1]!.id, 5_000));
    expect(screen.getByTestId('meeting-resting').textContent).toContain('Dag 1 is afgesloten');
    expect(screen.queryByTestId('block-next')).toBeNull();
    for (const item of screen.getAllByTestId('agenda-item')) {
      expect(item.querySelector('button')!.disabled).toBe(true);
      expect(item.dataset.current).toBe('false');
    }
    // The agenda reads day by day, and the header says the group rests rather than "running".
    expect(screen.getAllByTestId('agenda-meeting').map((h) => h.textContent)).toEqual([
      `${twoDays.meetings![0]!.title} · afgesloten, de groep rust`,
      `${twoDays.meetings![1]!.title} · komt nog`,
    ]);
    expect(screen.getByTestId('room-status-badge').textContent).toBe(
      'Rust tot de volgende bijeenkomst',
    );
    fireEvent.click(screen.getByTestId('meeting-start'));
    expect(send.mock.calls.map(([command]) => command.type)).toEqual(['meeting.start']);
  });
});
