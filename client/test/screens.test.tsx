// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import type { BlockView, ParticipantView as View, RoomInfo } from '@samenspel/shared';
import { ConnectionIndicator } from '../src/components/ConnectionIndicator';
import { Countdown } from '../src/components/Countdown';
import { ErrorNotice } from '../src/components/ErrorNotice';
import { ParticipantView } from '../src/screens/participant/ParticipantView';
import { useRoomStore } from '../src/state/roomStore';

const room = (status: RoomInfo['status']): RoomInfo => ({
  roomId: 'r1',
  code: 'K7W4PX',
  title: 'Bestuurlijke sensitiviteit',
  language: 'nl',
  groupName: null,
  status,
  createdAt: 0,
  startedAt: status === 'lobby' ? null : 1,
  endedAt: status === 'ended' ? 2 : null,
  joinsClosedAt: null,
});

const casus: BlockView = {
  index: 2,
  id: 'casus-1',
  title: 'Casus in extrema',
  kind: 'casus',
  minutes: 20,
  text: 'Je bent **de Ondernemer**.',
  perspective: 'ondernemer',
  content: { kind: 'casus', caseText: 'De wethouder wil snel.', perspective: 'ondernemer' },
};

const view = (status: RoomInfo['status'], block: BlockView | null = null): View => ({
  role: 'participant',
  room: room(status),
  me: { id: 'p1', name: 'Anna' },
  block,
  blockCount: 9,
  timer: block ? { status: 'paused', durationMs: 1_200_000, remainingMs: 90_000 } : null,
  mine: block
    ? {
        answer: null,
        locked: false,
        role: null,
        group: null,
        rolesDealt: false,
        groupsFormed: false,
        cases: null,
        intentions: null,
        visit: null,
      }
    : null,
  profile: null,
  summary: { profile: null, profiles: [], reflections: [], intentions: [], visits: [] },
});

beforeEach(() => useRoomStore.getState().reset());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('participant view', () => {
  it('waits in the lobby with a warm welcome', () => {
    render(<ParticipantView view={view('lobby')} onLeave={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Wachten tot de workshopleider begint',
    );
    expect(screen.getByTestId('participant-welcome').textContent).toBe('Welkom, Anna');
    expect(screen.getByTestId('leave')).toBeTruthy();
  });

  it('shows the block, its place, its perspective, its text and the timer', () => {
    render(<ParticipantView view={view('running', casus)} onLeave={() => undefined} />);
    expect(screen.getByTestId('block-title').textContent).toBe('Casus in extrema');
    expect(screen.getByTestId('block-kind').textContent).toBe('Casus');
    expect(screen.getByTestId('block-progress').textContent).toBe('Onderdeel 3 van 9');
    expect(screen.getByTestId('block-perspective').textContent).toBe('Perspectief: De Ondernemer');
    expect(screen.getByTestId('block-text').querySelector('strong')?.textContent).toBe(
      'de Ondernemer',
    );
    expect(screen.getByTestId('timer-remaining').textContent).toBe('1:30');
    expect(screen.getByTestId('timer').dataset.timerStatus).toBe('paused');
  });

  it('thanks everyone at the end, without a leave button', () => {
    render(<ParticipantView view={view('ended')} onLeave={() => undefined} />);
    expect(screen.getByTestId('participant-ended').textContent).toBe('Dank je wel voor je inzet!');
    expect(screen.queryByTestId('leave')).toBeNull();
  });
});

describe('countdown', () => {
  it('counts down against the estimated server clock', () => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
    // The server runs 5 s ahead of this device; the timer ends 65 s from the server's now.
    useRoomStore.getState().setClock({ offsetMs: 5_000, rttMs: 20 });
    render(<Countdown timer={{ status: 'running', durationMs: 600_000, endsAt: 1_070_000 }} />);
    expect(screen.getByTestId('timer-remaining').textContent).toBe('1:05');
    act(() => {
      vi.advanceTimersByTime(1_000);
    });
    expect(screen.getByTestId('timer-remaining').textContent).toBe('1:04');
  });
});

describe('status and errors', () => {
  it('announces the connection state in a status region', () => {
    render(<ConnectionIndicator />);
    act(() => useRoomStore.getState().setStatus('reconnecting'));
    const status = screen.getByRole('status');
    expect(status.textContent).toContain('Verbinding kwijt, opnieuw verbinden…');
    expect(status.dataset.status).toBe('reconnecting');
  });

  it('puts a refused command in the live region, in words', () => {
    const { container } = render(<ErrorNotice />);
    const region = container.querySelector('[aria-live]');
    expect(region?.textContent).toBe('');
    act(() =>
      useRoomStore.getState().reportError({ code: 'invalid_state', message: 'no next block' }),
    );
    expect(screen.getByTestId('command-error').textContent).toContain(
      'Dat kan op dit moment niet.',
    );
    expect(region?.contains(screen.getByTestId('command-error'))).toBe(true);
  });
});
