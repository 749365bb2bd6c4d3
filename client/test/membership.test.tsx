// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { FacilitatorView, PresenterView } from '@samenspel/shared';
import { Console } from '../src/screens/facilitator/Console';
import { JoinForm, joinRoomOf } from '../src/screens/participant/JoinForm';
import { PresenterLobby } from '../src/screens/presenter/PresenterLobby';
import { useLanguage } from '../src/i18n/language';
import { useRoomStore } from '../src/state/roomStore';
import { participants, recordingSend, run, viewAt } from './consoleFixtures';
import { roomInfo } from './roomFixtures';

beforeEach(() => {
  useRoomStore.getState().reset();
  useLanguage.getState().setLanguage('nl');
});
afterEach(cleanup);

/** 10:32 in the test's own time zone, as the console shows a time of day. */
const CLOSED_AT = new Date(2026, 0, 13, 10, 32).getTime();

function consoleView(
  extra: { closedAt?: number | null; removed?: string[] } = {},
): FacilitatorView {
  const view = viewAt('stem-a', run());
  return {
    ...view,
    room: { ...view.room, joinsClosedAt: extra.closedAt ?? null },
    participants: participants.map((p) =>
      extra.removed?.includes(p.id) ? { ...p, presence: 'removed' } : p,
    ),
  };
}

function renderConsole(view: FacilitatorView, readOnly = false) {
  const send = recordingSend();
  render(
    <MemoryRouter>
      <Console view={view} send={send} readOnly={readOnly} />
    </MemoryRouter>,
  );
  return send;
}

describe('closing the room on the console', () => {
  it('says the room is open and closes it with one button', () => {
    const send = renderConsole(consoleView());
    expect(screen.getByTestId('joins-state').textContent).toContain(
      'Nieuwe deelnemers kunnen meedoen.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sluiten voor nieuwe deelnemers' }));
    expect(send).toHaveBeenCalledWith({ type: 'joins.close' });
  });

  it('says since when it is closed, marks the code, and opens it again', () => {
    const send = renderConsole(consoleView({ closedAt: CLOSED_AT }));
    expect(screen.getByTestId('joins-state').textContent).toContain(
      'Gesloten voor nieuwe deelnemers sinds 10:32.',
    );
    expect(screen.getByTestId('joins-closed-tag').textContent).toBe('gesloten');
    fireEvent.click(screen.getByRole('button', { name: 'Weer openstellen' }));
    expect(send).toHaveBeenCalledWith({ type: 'joins.open' });
  });

  it('shows a replay whether the room was closed, without buttons to change it', () => {
    renderConsole(consoleView({ closedAt: CLOSED_AT, removed: ['p2'] }), true);
    expect(screen.getByTestId('joins-state').dataset.open).toBe('false');
    expect(screen.queryByTestId('joins-open')).toBeNull();
    expect(screen.queryByTestId('participant-remove')).toBeNull();
    const bram = screen
      .getAllByTestId('participant-row')
      .find((row) => row.dataset.participantId === 'p2')!;
    expect(bram.dataset.presence).toBe('removed');
    expect(bram.textContent).toContain('verwijderd');
  });
});

describe('removing a participant on the console', () => {
  const rowOf = (id: string) =>
    screen.getAllByTestId('participant-row').find((row) => row.dataset.participantId === id)!;

  it('asks once more, naming them and saying anonymous reflections stay, and only then sends the removal', () => {
    const send = renderConsole(consoleView());
    fireEvent.click(within(rowOf('p2')).getByRole('button', { name: 'Bram verwijderen' }));
    const question = within(rowOf('p2')).getByRole('group');
    expect(question.textContent).toContain(
      'Bram uit de sessie halen? De antwoorden van deze deelnemer tellen dan nergens meer mee. Anonieme reflecties blijven staan; die kun je zo nodig verbergen.',
    );
    expect(send).not.toHaveBeenCalled();
    fireEvent.click(within(question).getByRole('button', { name: 'Ja, uit de sessie halen' }));
    expect(send).toHaveBeenCalledWith({ type: 'participant.remove', participantId: 'p2' });
  });

  it('names an anonymous participant by their place, and a cancel sends nothing and returns focus', () => {
    const send = renderConsole(consoleView());
    const trigger = within(rowOf('p4')).getByRole('button', {
      name: 'Anoniem (deelnemer 4) verwijderen',
    });
    fireEvent.click(trigger);
    const cancel = within(rowOf('p4')).getByRole('button', { name: 'Annuleren' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.click(cancel);
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(
      within(rowOf('p4')).getByRole('button', {
        name: 'Anoniem (deelnemer 4) verwijderen',
      }),
    );
  });

  it('marks who was removed, offers no second removal, and counts them', () => {
    renderConsole(consoleView({ removed: ['p2', 'p3'] }));
    expect(within(rowOf('p2')).queryByTestId('participant-remove')).toBeNull();
    expect(within(rowOf('p1')).getByTestId('participant-remove')).toBeTruthy();
    expect(screen.getByTestId('removed-count').textContent).toBe(
      '2 deelnemers uit de sessie gehaald',
    );
  });
});

describe('a closed room on the phone and the projector', () => {
  it('tells a phone with the code that no new participants are taken, without a form', () => {
    render(
      <JoinForm
        room={joinRoomOf(roomInfo({ joinsClosedAt: CLOSED_AT }))}
        onJoin={async () => true}
      />,
    );
    expect(screen.getByTestId('room-closed').textContent).toBe(
      'Deze sessie neemt geen nieuwe deelnemers meer aan.',
    );
    expect(screen.queryByTestId('join-form')).toBeNull();
  });

  it('shows the projector no join code or QR code while closed', () => {
    const view = (closedAt: number | null): PresenterView => ({
      role: 'presenter',
      room: roomInfo({ joinsClosedAt: closedAt }),
      block: null,
      blockCount: 3,
      timer: null,
      headcount: { members: 2, connected: 2 },
      live: null,
    });
    const { rerender } = render(<PresenterLobby view={view(null)} />);
    expect(screen.getByTestId('join-code')).toBeTruthy();
    expect(screen.queryByTestId('presenter-closed')).toBeNull();
    rerender(<PresenterLobby view={view(CLOSED_AT)} />);
    expect(screen.getByTestId('presenter-closed').textContent).toContain(
      'Deze sessie is gesloten voor nieuwe deelnemers',
    );
    expect(screen.getByTestId('join-code').closest('[hidden]')).not.toBeNull();
  });
});
