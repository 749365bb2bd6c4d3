// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from '../src/router/Router';
import type { ProgrammeList, RoomSummary, ScenarioSummary } from '@samenspel/shared';
import { NewRoomForm } from '../src/screens/facilitator/NewRoomForm';
import { roomSummary } from './replayFixtures';
import { json, programmeList } from './studio/programmeListFixtures';

const scenarios: ScenarioSummary[] = [
  {
    id: 'bestuurlijke-sensitiviteit',
    title: 'Bestuurlijke sensitiviteit',
    description: 'De **vlaggenschip**-workshop.',
    audience: null,
    minutes: 300,
    blockCount: 31,
  },
  { id: 'demo', title: 'Demo', description: null, audience: null, minutes: 10, blockCount: 10 },
];

let programmes: () => Response;
const posts: unknown[] = [];

beforeEach(() => {
  posts.length = 0;
  programmes = () => json(programmeList());
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (url === '/api/programmes') return programmes();
      if (url === '/api/rooms' && init?.method === 'POST') {
        posts.push(JSON.parse(String(init.body)));
        return json(roomSummary({ roomId: 'r_new', status: 'lobby', endedAt: null }), 201);
      }
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderForm(onCreated: (room: RoomSummary) => void = () => undefined) {
  render(
    <MemoryRouter>
      <NewRoomForm
        token="t"
        scenarios={scenarios}
        onCreated={onCreated}
        onUnauthorized={() => undefined}
      />
    </MemoryRouter>,
  );
}

const select = () => screen.getByTestId('new-room-scenario') as HTMLSelectElement;
const options = () => within(select()).getAllByRole('option') as HTMLOptionElement[];

describe('the new-session form', () => {
  it('creates a room from the first template, as before, with the group name', async () => {
    const created = vi.fn();
    renderForm(created);
    expect(select().value).toBe('bestuurlijke-sensitiviteit');
    expect(screen.getByTestId('new-room-scenario-meta').textContent).toBe(
      '300 min · 31 onderdelen',
    );
    expect(screen.getByTestId('scenario-description').textContent).toContain('vlaggenschip');
    fireEvent.change(screen.getByTestId('new-room-group'), { target: { value: ' Provincie ' } });
    fireEvent.click(screen.getByTestId('new-room-submit'));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(posts).toEqual([{ scenarioId: 'bestuurlijke-sensitiviteit', groupName: 'Provincie' }]);
  });

  it('lists templates and own programmes in two groups, own ones with their last change', async () => {
    renderForm();
    await waitFor(() => expect(select().querySelectorAll('optgroup')).toHaveLength(2));
    const [templates, own] = [...select().querySelectorAll('optgroup')];
    expect(templates!.label).toBe('Sjablonen');
    expect([...templates!.querySelectorAll('option')].map((o) => o.value)).toEqual([
      'bestuurlijke-sensitiviteit',
      'demo',
    ]);
    expect(own!.label).toBe('Je eigen programma’s');
    const ownTexts = [...own!.querySelectorAll('option')].map((o) => o.textContent);
    expect(ownTexts[0]).toMatch(
      /^Bestuurlijke sensitiviteit voor de provincie \(gewijzigd 2 dec\.? 2026/,
    );
    expect(ownTexts[1]).toBe('Halve dag Zeeland (heeft nog problemen)');
  });

  it('creates the room from the latest version of an own programme', async () => {
    const created = vi.fn();
    renderForm(created);
    await waitFor(() => expect(options()).toHaveLength(4));
    const provincie = options().find((o) =>
      o.textContent?.startsWith('Bestuurlijke sensitiviteit voor'),
    )!;
    fireEvent.change(select(), { target: { value: provincie.value } });
    expect(screen.getByTestId('new-room-scenario-meta').textContent).toMatch(
      /^300 min · 31 onderdelen · versie 4, gewijzigd 2 dec\.? 2026/,
    );
    // A template's description is not an own programme's.
    expect(screen.queryByTestId('scenario-description')).toBeNull();
    fireEvent.click(screen.getByTestId('new-room-submit'));
    await waitFor(() => expect(created).toHaveBeenCalled());
    expect(posts).toEqual([{ programme: { id: 'p-provincie', version: 4 } }]);
  });

  it('shows a draft with problems but cannot pick it, and says where to fix it', async () => {
    renderForm();
    await waitFor(() => expect(options()).toHaveLength(4));
    const draft = options().find((o) => o.textContent?.startsWith('Halve dag Zeeland'))!;
    expect(draft.disabled).toBe(true);
    const blocked = screen.getByTestId('new-room-blocked');
    expect(blocked.textContent).toBe(
      '“Halve dag Zeeland” heeft nog problemen — los ze op in de studio',
    );
    expect(within(blocked).getByRole('link').getAttribute('href')).toBe(
      '/facilitator/studio/p-concept',
    );
    expect(select().getAttribute('aria-describedby')).toContain(blocked.id);
  });

  it('keeps the templates when the own programmes cannot be loaded', async () => {
    programmes = () => json({ error: { code: 'storage_error', message: 'x' } }, 503);
    renderForm();
    expect((await screen.findByTestId('new-room-own-failed')).textContent).toContain(
      'de sjablonen kun je wel kiezen',
    );
    expect(options().map((o) => o.value)).toEqual(['bestuurlijke-sensitiviteit', 'demo']);
    expect(select().querySelectorAll('optgroup')).toHaveLength(0);
  });

  it('offers own programmes even without templates', async () => {
    const list: ProgrammeList = { ...programmeList(), templates: [] };
    programmes = () => json(list);
    render(
      <MemoryRouter>
        <NewRoomForm
          token="t"
          scenarios={[]}
          onCreated={() => undefined}
          onUnauthorized={() => undefined}
        />
      </MemoryRouter>,
    );
    await waitFor(() =>
      expect(select().selectedOptions[0]?.textContent).toMatch(/^Bestuurlijke sensitiviteit voor/),
    );
  });
});
