// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { FacilitatorView } from '@samenspel/shared';
import { Console } from '../src/screens/facilitator/Console';
import { useLanguage } from '../src/i18n/language';
import { useRoomStore } from '../src/state/roomStore';
import { indexOf, recordingSend, run, viewAt } from './consoleFixtures';

const MIN = 60_000;

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

/** The console as the trainer has it, inside the app's router. */
const renderConsole = (view: FacilitatorView, send = recordingSend()) => {
  render(<Console view={view} send={send} />, { wrapper: MemoryRouter });
  return send;
};

/** Back on the case after a look at the welcome: its timer came back paused with 3:12 left. */
const returnedView = () =>
  viewAt('casus-a', run(), {
    visits: [
      { blockIndex: 0, enteredAt: 1_000 },
      { blockIndex: indexOf('casus-a'), enteredAt: 2 * MIN },
      { blockIndex: 0, enteredAt: 4 * MIN },
      { blockIndex: indexOf('casus-a'), enteredAt: 5 * MIN },
    ],
    timer: { status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN + 12 * 1000 },
  });

describe('the console timer on coming back to a block', () => {
  it('says what is left, that the clock stood still, and how to go on', () => {
    const send = renderConsole(returnedView());
    const note = screen.getByTestId('timer-kept');
    expect(note.textContent).toContain('3:12 over — hervat');
    expect(note.textContent).toContain('de tijd stond stil terwijl je elders was');
    fireEvent.keyDown(window, { key: ' ', code: 'Space' });
    expect(send).toHaveBeenCalledWith({ type: 'timer.resume' });
  });

  it('says a block’s time was already up when the room left it', () => {
    renderConsole({
      ...returnedView(),
      timer: { status: 'expired', durationMs: 5 * MIN, expiredAt: 4 * MIN },
    });
    expect(screen.getByTestId('timer-kept').textContent).toContain('was al om');
  });

  it('says nothing of the kind on a first visit with a fresh timer', () => {
    renderConsole(viewAt('casus-a', run()));
    expect(screen.queryByTestId('timer-kept')).toBeNull();
  });

  it('reads in English too', async () => {
    await useLanguage.getState().setLanguage('en');
    renderConsole(returnedView());
    expect(screen.getByTestId('timer-kept').textContent).toContain('3:12 left — resume');
  });
});
