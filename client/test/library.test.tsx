// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { RoomSummary } from '@samenspel/shared';
import { LibraryPage } from '../src/screens/library/LibraryPage';
import { MIN, roomSummary, T0 } from './replayFixtures';

const HOUR = 60 * MIN;
let rooms: RoomSummary[];
const calls: Array<{ method: string; url: string }> = [];

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  calls.length = 0;
  rooms = [
    roomSummary({
      roomId: 'r_old',
      title: 'Bestuurlijke sensitiviteit',
      groupName: 'Gemeente Zuiderdam',
      code: 'K7W4PX',
      createdAt: T0,
      endedAt: T0 + 3 * HOUR + 5 * MIN,
      participantCount: 18,
    }),
    roomSummary({
      roomId: 'r_new',
      title: 'Inspiratiesessie de ideale ambtenaar',
      groupName: 'Provincie Zeeland',
      code: 'ABC234',
      createdAt: T0 + 24 * HOUR,
      endedAt: null,
      status: 'running',
      participantCount: 42,
    }),
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      calls.push({ method, url });
      if (method === 'GET' && url === '/api/rooms') return json(rooms);
      if (method === 'DELETE') {
        rooms = rooms.filter((room) => !url.endsWith(room.roomId));
        return new Response(null, { status: 204 });
      }
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderLibrary = () =>
  render(
    <MemoryRouter>
      <LibraryPage token="session-token" onUnauthorized={() => undefined} />
    </MemoryRouter>,
  );
const rowIds = () =>
  screen.getAllByTestId('library-row').map((row) => row.getAttribute('data-room-id'));

describe('the library', () => {
  it('lists every session with its title, group, length and participants, newest first', async () => {
    renderLibrary();
    await waitFor(() => expect(rowIds()).toEqual(['r_new', 'r_old']));
    const [running, ended] = screen.getAllByTestId('library-row');
    expect(within(ended!).getByTestId('library-title').textContent).toBe(
      'Bestuurlijke sensitiviteit',
    );
    expect(within(ended!).getByTestId('library-group').textContent).toBe('Gemeente Zuiderdam');
    expect(within(ended!).getByTestId('library-length').textContent).toBe('3 u 05 min');
    expect(within(ended!).getByTestId('library-participants').textContent).toBe('18');
    expect(within(running!).getByTestId('library-length').textContent).toBe('loopt nog');
    expect(within(ended!).getByTestId('library-open').getAttribute('href')).toBe(
      '/facilitator/library/r_old',
    );
    expect(calls[0]).toEqual({ method: 'GET', url: '/api/rooms' });
  });

  it('filters on the search box and sorts on the choice', async () => {
    renderLibrary();
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'zuiderdam' } });
    expect(rowIds()).toEqual(['r_old']);
    expect(screen.getByTestId('library-count').textContent).toBe('1 van 2 sessies');
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'k7w-4px' } });
    expect(rowIds()).toEqual(['r_old']);
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'utrecht' } });
    expect(screen.queryAllByTestId('library-row')).toHaveLength(0);
    expect(screen.getByTestId('library-no-match')).toBeTruthy();

    fireEvent.change(screen.getByTestId('library-search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('library-sort'), { target: { value: 'title' } });
    expect(rowIds()).toEqual(['r_old', 'r_new']);
    fireEvent.change(screen.getByTestId('library-sort'), { target: { value: 'participants' } });
    expect(rowIds()).toEqual(['r_new', 'r_old']);
  });

  it('asks before deleting, says it is for good, and only then deletes', async () => {
    renderLibrary();
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    const row = screen.getAllByTestId('library-row')[1]!;
    fireEvent.click(within(row).getByTestId('library-delete'));
    const question = within(row).getByRole('group');
    expect(question.textContent).toContain('voorgoed verwijderen');
    expect(question.textContent).toContain('niet ongedaan maken');
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    // Cancelling leaves everything as it was.
    fireEvent.click(within(row).getByTestId('library-delete-cancel'));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(within(row).getByTestId('library-delete'));
    fireEvent.click(within(row).getByTestId('library-delete-confirm'));
    await waitFor(() => expect(rowIds()).toEqual(['r_new']));
    expect(calls).toContainEqual({ method: 'DELETE', url: '/api/rooms/r_old' });
    expect(screen.getByTestId('library-notice').dataset.kind).toBe('deleted');
  });

  it('exports with pseudonyms unless names are chosen, JSON and CSV alike', async () => {
    renderLibrary();
    await waitFor(() => expect(rowIds()).toHaveLength(2));
    const row = screen.getAllByTestId('library-row')[1]!;
    fireEvent.click(within(row).getByTestId('library-export'));
    const choice = within(row).getByTestId('library-names');
    expect(choice.dataset.value).toBe('pseudonyms');
    fireEvent.click(within(choice).getByDisplayValue('names'));
    expect(choice.dataset.value).toBe('names');
    fireEvent.click(within(row).getByTestId('library-export-json'));
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'GET',
        url: '/api/rooms/r_old/export.json?names=true',
      }),
    );
    fireEvent.click(within(choice).getByDisplayValue('pseudonyms'));
    const votes = within(row)
      .getAllByTestId('library-export-csv')
      .find((button) => button.dataset.kind === 'votes')!;
    await waitFor(() => expect((votes as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(votes);
    await waitFor(() =>
      expect(calls).toContainEqual({ method: 'GET', url: '/api/rooms/r_old/export/votes.csv' }),
    );
  });
});
