// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useParams } from '../../src/router/Router';
import { checkScenario, PAGES, type ProgrammeList } from '@samenspel/shared';
import { StudioListPage } from '../../src/screens/studio/list/StudioListPage';
import { createdVersion, json, programmeList } from './programmeListFixtures';

interface Call {
  method: string;
  url: string;
  body: unknown;
}
let list: ProgrammeList;
let importAnswer: () => Response;
const calls: Call[] = [];

beforeEach(() => {
  calls.length = 0;
  list = programmeList();
  importAnswer = () => json(createdVersion('p-imported'), 201);
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body;
      calls.push({ method, url, body });
      if (method === 'GET' && url === '/api/programmes') return json(list);
      if (method === 'POST' && url === '/api/programmes') return json(createdVersion('p-new'), 201);
      if (method === 'POST' && url === '/api/programmes/import') return importAnswer();
      if (method === 'DELETE') {
        list = { ...list, own: list.own.filter((p) => !url.endsWith(p.id)) };
        return new Response(null, { status: 204 });
      }
      if (method === 'GET' && url.endsWith('export.yaml')) {
        return new Response('id: x\n', {
          headers: { 'content-disposition': 'attachment; filename="p-provincie-v4.yaml"' },
        });
      }
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The editor's route shows which programme it was asked to open; the editor is not under test. */
function EditorRoute() {
  const { programmeId } = useParams();
  return <p data-testid="editor-route">{programmeId}</p>;
}

function renderList(onUnauthorized: () => void = () => undefined) {
  render(
    <MemoryRouter initialEntries={[PAGES.studio]}>
      <Routes>
        <Route
          path={PAGES.studio}
          element={<StudioListPage token="t" onUnauthorized={onUnauthorized} />}
        />
        <Route path={PAGES.studioProgramme} element={<EditorRoute />} />
      </Routes>
    </MemoryRouter>,
  );
}

const ownRows = () => screen.getAllByTestId('own-row');
const titles = (rows: HTMLElement[]) =>
  rows.map((row) => within(row).getByTestId('programme-title').textContent);

describe('the studio list', () => {
  it('lists the templates with minutes and blocks, and own programmes with change, version and draft', async () => {
    renderList();
    await waitFor(() => expect(screen.getAllByTestId('template-row')).toHaveLength(2));
    const [flagship] = screen.getAllByTestId('template-row');
    expect(within(flagship!).getByTestId('programme-title').textContent).toBe(
      'Bestuurlijke sensitiviteit',
    );
    expect(within(flagship!).getByTestId('programme-minutes').textContent).toBe('300 min');
    expect(within(flagship!).getByTestId('programme-blocks').textContent).toBe('31');
    expect(within(flagship!).getByTestId('template-copy').textContent).toBe(
      'Kopie maken om aan te passen',
    );

    expect(titles(ownRows())).toEqual([
      'Bestuurlijke sensitiviteit voor de provincie',
      'Halve dag Zeeland',
    ]);
    const [ready, draft] = ownRows();
    expect(within(ready!).getByTestId('programme-version').textContent).toBe('4');
    // In Dutch, as the trainer reads dates: "2 dec 2026, 10:30" (the time depends on the zone).
    expect(within(ready!).getByTestId('programme-changed').textContent).toMatch(/^2 dec\.? 2026/);
    expect(within(ready!).queryByTestId('programme-draft')).toBeNull();
    expect(within(draft!).getByTestId('programme-draft').textContent).toBe('Concept · 3 problemen');
    expect(within(ready!).getByTestId('own-open').getAttribute('href')).toBe(
      '/facilitator/studio/p-provincie',
    );
  });

  it('copies a template and opens the copy in the editor', async () => {
    renderList();
    await waitFor(() => expect(screen.getAllByTestId('template-row')).toHaveLength(2));
    fireEvent.click(within(screen.getAllByTestId('template-row')[0]!).getByTestId('template-copy'));
    await waitFor(() => expect(screen.getByTestId('editor-route').textContent).toBe('p-new'));
    expect(calls).toContainEqual({
      method: 'POST',
      url: '/api/programmes',
      body: {
        from: { programmeId: 'bestuurlijke-sensitiviteit', version: 1 },
        note: 'Kopie van “Bestuurlijke sensitiviteit”',
      },
    });
  });

  it('copies the latest version of an own programme', async () => {
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    fireEvent.click(within(ownRows()[0]!).getByTestId('own-copy'));
    await waitFor(() => expect(screen.getByTestId('editor-route').textContent).toBe('p-new'));
    const post = calls.find((call) => call.method === 'POST')!;
    expect(post.body).toMatchObject({ from: { programmeId: 'p-provincie', version: 4 } });
  });

  it('starts an empty programme that the checker accepts as it is', async () => {
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    fireEvent.click(screen.getByTestId('studio-new'));
    await waitFor(() => expect(screen.getByTestId('editor-route').textContent).toBe('p-new'));
    const post = calls.find((call) => call.method === 'POST')!;
    const { scenario } = post.body as { scenario: unknown };
    expect(checkScenario(scenario).ok).toBe(true);
  });

  it('asks before deleting, and only then deletes', async () => {
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    const row = ownRows()[1]!;
    fireEvent.click(within(row).getByTestId('own-delete'));
    expect(within(row).getByRole('group').textContent).toContain(
      '“Halve dag Zeeland” voorgoed verwijderen',
    );
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    fireEvent.click(within(row).getByTestId('own-delete-cancel'));
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);

    fireEvent.click(within(row).getByTestId('own-delete'));
    fireEvent.click(within(row).getByTestId('own-delete-confirm'));
    await waitFor(() =>
      expect(titles(ownRows())).toEqual(['Bestuurlijke sensitiviteit voor de provincie']),
    );
    expect(calls).toContainEqual({
      method: 'DELETE',
      url: '/api/programmes/p-concept',
      body: undefined,
    });
    expect(screen.getByTestId('studio-notice').textContent).toBe(
      'Programma “Halve dag Zeeland” is verwijderd.',
    );
  });

  it('exports the latest version as YAML', async () => {
    // jsdom has no object URLs; the browser's download is the link's click, caught here.
    class BlobUrl extends URL {
      static override createObjectURL = () => 'blob:yaml';
      static override revokeObjectURL = () => undefined;
    }
    vi.stubGlobal('URL', BlobUrl);
    const downloads: string[] = [];
    const onClick = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement) {
        downloads.push(event.target.download);
        event.preventDefault();
      }
    };
    document.addEventListener('click', onClick);
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    fireEvent.click(within(ownRows()[0]!).getByTestId('own-export'));
    await waitFor(() =>
      expect(calls).toContainEqual({
        method: 'GET',
        url: '/api/programmes/p-provincie/versions/4/export.yaml',
        body: undefined,
      }),
    );
    await waitFor(() =>
      expect(within(ownRows()[0]!).getByTestId('own-export').textContent).toBe(
        'Exporteren als YAML',
      ),
    );
    expect(downloads).toEqual(['p-provincie-v4.yaml']);
    expect(screen.queryByTestId('studio-notice')).toBeNull();
    document.removeEventListener('click', onClick);
  });

  it('lists the problems of a file that is no programme, with path and message', async () => {
    importAnswer = () =>
      json(
        {
          error: { code: 'invalid_scenario', message: 'this file is no programme' },
          problems: [
            { path: [], message: 'expected a mapping; found a list of 2', line: 1, column: 1 },
          ],
        },
        422,
      );
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    const file = new File(['- a\n- b\n'], 'lijst.yaml', { type: 'application/yaml' });
    fireEvent.change(screen.getByTestId('studio-import'), { target: { files: [file] } });
    const problems = await screen.findByRole('list', { name: 'Problemen in lijst.yaml' });
    const items = within(problems).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'regel 1, kolom 1 (top): expected a mapping; found a list of 2',
    ]);
    expect(screen.getByTestId('studio-import-status').textContent).toContain(
      'lijst.yaml is niet geïmporteerd',
    );
    expect(screen.queryByTestId('editor-route')).toBeNull();
    const post = calls.find((call) => call.url === '/api/programmes/import')!;
    expect(post.body).toBe(file);
  });

  it('opens a sound import at once, and keeps a draft on the list with its problems', async () => {
    importAnswer = () =>
      json(
        createdVersion('p-draft', [
          {
            path: ['blocks', 2, 'minutes'],
            message: 'expected a number; found "vijf"',
            line: 14,
            column: 14,
          },
        ]),
        201,
      );
    renderList();
    await waitFor(() => expect(ownRows()).toHaveLength(2));
    fireEvent.change(screen.getByTestId('studio-import'), {
      target: { files: [new File(['id: x\n'], 'zeeland.yml')] },
    });
    const problems = await screen.findByRole('list', { name: 'Problemen in zeeland.yml' });
    expect(within(problems).getByRole('listitem').textContent).toBe(
      'regel 14, kolom 14 blocks[2].minutes: expected a number; found "vijf"',
    );
    expect(screen.getByTestId('studio-import-status').textContent).toContain(
      'zeeland.yml is geïmporteerd als concept met 1 probleem',
    );
    expect(screen.getByTestId('studio-import-open').getAttribute('href')).toBe(
      '/facilitator/studio/p-draft',
    );

    importAnswer = () => json(createdVersion('p-clean'), 201);
    fireEvent.change(screen.getByTestId('studio-import'), {
      target: { files: [new File(['id: y\n'], 'goed.yaml')] },
    });
    await waitFor(() => expect(screen.getByTestId('editor-route').textContent).toBe('p-clean'));
  });

  it('says when there are no own programmes yet, and when the list cannot be loaded', async () => {
    list = { ...list, own: [] };
    renderList();
    expect((await screen.findByTestId('own-empty')).textContent).toContain('nog geen eigen');
    cleanup();

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'storage_error', message: 'x' } }, 503)),
    );
    renderList();
    expect((await screen.findByTestId('studio-load-failed')).textContent).toContain(
      'konden niet worden geladen',
    );
  });

  it('signs the trainer out on a 401', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json({ error: { code: 'unauthorized', message: 'x' } }, 401)),
    );
    const signOut = vi.fn();
    renderList(signOut);
    await waitFor(() => expect(signOut).toHaveBeenCalled());
  });
});
