// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { FacilitatorView } from '@samenspel/shared';
import { Console } from '../src/screens/facilitator/Console';
import { PeoplePanel } from '../src/screens/facilitator/PeoplePanel';
import { useLanguage } from '../src/i18n/language';
import { facilitatorSession } from '../src/net/storage';
import { useRoomStore } from '../src/state/roomStore';
import { participants, recordingSend, run, viewAt } from './consoleFixtures';

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(() => {
  cleanup();
  facilitatorSession.forget();
});

function renderConsole(view: FacilitatorView, readOnly = false) {
  render(
    <MemoryRouter>
      <Console view={view} send={recordingSend()} readOnly={readOnly} />
    </MemoryRouter>,
  );
}

const ended = (): FacilitatorView => {
  const view = viewAt('welkom', run());
  return { ...view, room: { ...view.room, status: 'ended', endedAt: 9_000 } };
};

describe('the console layout', () => {
  it('puts who is in and ending the session together in the side column, apart from the agenda', () => {
    renderConsole(viewAt('welkom', run()));
    const side = screen.getByTestId('console-side');
    const people = within(side).getByTestId('people-panel');
    expect(within(people).getAllByTestId('participant-row')).toHaveLength(4);
    expect(within(people).getByTestId('session-end')).toBeTruthy();
    // The agenda scrolls in a box of its own, which the keyboard can reach.
    const agenda = within(side).getByTestId('agenda-scroll');
    expect(agenda.tabIndex).toBe(0);
    expect(within(agenda).getAllByTestId('agenda-item').length).toBeGreaterThan(1);
    expect(within(agenda).queryByTestId('participant-list')).toBeNull();
    // The notes and the controls are in the main column.
    const stage = screen.getByTestId('console-stage');
    expect(within(stage).getByTestId('current-block')).toBeTruthy();
    expect(within(stage).getByTestId('block-next')).toBeTruthy();
  });

  it('takes a remove action per person, tools above the list and session actions below', () => {
    render(
      <PeoplePanel
        participants={participants}
        answeredBy={null}
        completeBy={null}
        onRemove={() => undefined}
        sessionActions={<button type="button">Nieuwe links</button>}
        tools={<button type="button">Deur dicht</button>}
      />,
    );
    const rows = screen.getAllByTestId('participant-row');
    for (const row of rows) expect(within(row).getByTestId('participant-remove')).toBeTruthy();
    expect(within(screen.getByTestId('session-actions')).getByRole('button').textContent).toBe(
      'Nieuwe links',
    );
    expect(screen.getByRole('button', { name: 'Deur dicht' })).toBeTruthy();
  });
});

describe('after the session', () => {
  it('offers the report, the library and the replay, and takes the focus', () => {
    facilitatorSession.set({ token: 'session-token', expiresAt: Date.now() + 60_000 });
    renderConsole(ended());
    const panel = screen.getByTestId('console-ended');
    expect(within(panel).getByRole('heading').textContent).toBe('Deze sessie is afgelopen.');
    expect(document.activeElement).toBe(within(panel).getByRole('heading'));
    expect(within(panel).getByTestId('console-report').textContent).toBe('Verslag openen');
    expect(within(panel).getByTestId('console-library-link').getAttribute('href')).toBe(
      '/facilitator/library',
    );
    expect(within(panel).getByTestId('console-replay-link').getAttribute('href')).toBe(
      '/facilitator/library/r1',
    );
    expect(screen.queryByTestId('session-end')).toBeNull();
  });

  it('on a co-facilitator link, without the passphrase, sends to the library instead', () => {
    renderConsole(ended());
    expect(screen.queryByTestId('console-report')).toBeNull();
    expect(screen.getByTestId('console-library-link')).toBeTruthy();
  });

  it('in a replay says it ended, without buttons', () => {
    renderConsole(ended(), true);
    const panel = screen.getByTestId('console-ended');
    expect(within(panel).queryAllByRole('link')).toHaveLength(0);
    expect(within(panel).queryAllByRole('button')).toHaveLength(0);
  });
});
