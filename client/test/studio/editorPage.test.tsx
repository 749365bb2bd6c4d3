// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from '../../src/router/Router';
import type { ProgrammeVersion } from '@samenspel/shared';
import { EditorPage } from '../../src/screens/studio/editor/EditorPage';
import { fieldIdForPath } from '../../src/screens/studio/model/fieldIds';
import { sampleDraft } from './studioFixtures';

const puts: unknown[] = [];
let putAnswer: () => Response;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

const loaded = (): ProgrammeVersion => ({
  programmeId: 'p-0123456789abcdef',
  source: 'own',
  meta: { version: 3, savedAt: Date.UTC(2026, 11, 1, 9), note: '', problemCount: 0 },
  scenario: sampleDraft(),
  problems: [],
});

beforeEach(() => {
  puts.length = 0;
  putAnswer = () => json({ ...loaded(), meta: { ...loaded().meta, version: 4 } });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'PUT') {
        puts.push(JSON.parse(String(init.body)));
        return putAnswer();
      }
      return json([]);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderEditor() {
  render(
    <MemoryRouter>
      <EditorPage token="t" loaded={loaded()} onUnauthorized={() => undefined} />
    </MemoryRouter>,
  );
}

const order = () => screen.getAllByTestId('block-item').map((item) => item.dataset.blockId);

describe('the studio editor', () => {
  it('opens the form of the block the trainer selects', () => {
    renderEditor();
    expect(screen.getByTestId('block-form').dataset.blockId).toBe('welkom');
    fireEvent.click(within(screen.getAllByTestId('block-item')[1]!).getByTestId('block-select'));
    expect(screen.getByTestId('block-form').dataset.blockId).toBe('peiling');
    fireEvent.click(screen.getByTestId('select-programme'));
    expect(screen.getByTestId('programme-form')).toBeTruthy();
  });

  it('moves a block with Alt+↓, says where it went, keeps the focus on it, and Ctrl+Z puts it back', () => {
    renderEditor();
    const first = within(screen.getAllByTestId('block-item')[0]!).getByTestId('block-select');
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown', altKey: true });
    expect(order()).toEqual(['peiling', 'welkom', 'pauze']);
    expect(screen.getByTestId('block-announcement').textContent).toMatch(/plaats 2 van 3/);
    expect(
      document.activeElement?.closest('[data-testid="block-item"]')?.getAttribute('data-block-id'),
    ).toBe('welkom');
    expect(screen.getByTestId('save-status').dataset.state).toBe('dirty');

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(order()).toEqual(['welkom', 'peiling', 'pauze']);
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true, shiftKey: true });
    expect(order()).toEqual(['peiling', 'welkom', 'pauze']);
  });

  it('lists a problem as the checker finds it, and choosing it focuses its field', () => {
    renderEditor();
    expect(screen.getByTestId('problems').querySelector('h2')?.dataset.count).toBe('0');
    const title = document.getElementById(fieldIdForPath(['blocks', 0, 'title']))!;
    fireEvent.change(title, { target: { value: '' } });
    const problems = screen.getAllByTestId('problem');
    expect(problems.map((p) => p.dataset.path)).toContain('blocks[0].title');
    fireEvent.click(screen.getByTestId('select-programme'));
    fireEvent.click(problems.find((p) => p.dataset.path === 'blocks[0].title')!);
    expect(document.activeElement?.id).toBe(fieldIdForPath(['blocks', 0, 'title']));
    expect(screen.getByTestId('draft-warning').textContent).toMatch(/probleem/);
  });

  it('saves on the version it started from, and a refused save keeps the draft and says why', async () => {
    renderEditor();
    const title = document.getElementById(fieldIdForPath(['blocks', 0, 'title']))!;
    fireEvent.change(title, { target: { value: 'Welkom in Zuiderdam' } });
    putAnswer = () =>
      json(
        {
          error: { code: 'version_conflict', message: 'version 3 is no longer the latest' },
          latest: {
            version: 4,
            savedAt: Date.UTC(2026, 11, 1, 10),
            note: 'door Eva',
            problemCount: 0,
          },
        },
        409,
      );
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-conflict')).toBeTruthy());
    expect(puts).toHaveLength(1);
    expect(puts[0]).toMatchObject({ baseVersion: 3 });
    expect(screen.getByTestId('save-conflict').textContent).toMatch(/Versie 4/);
    expect(
      (document.getElementById(fieldIdForPath(['blocks', 0, 'title'])) as HTMLInputElement).value,
    ).toBe('Welkom in Zuiderdam');
    expect(screen.getByTestId('save-status').dataset.state).toBe('dirty');

    // Saved on top of theirs, deliberately: theirs stays in the history as version 4.
    putAnswer = () => json({ ...loaded(), meta: { ...loaded().meta, version: 5 } });
    fireEvent.click(screen.getByTestId('conflict-save-on-top'));
    await waitFor(() => expect(screen.getByTestId('save-status').dataset.state).toBe('saved'));
    expect(puts[1]).toMatchObject({ baseVersion: 4 });
    expect(screen.getByTestId('open-version').dataset.version).toBe('5');
  });

  it('leaves the focus in the editor while the preview shows a new block, and the note keeps its own undo', () => {
    renderEditor();
    const title = document.getElementById(fieldIdForPath(['blocks', 0, 'title']))!;
    title.focus();
    fireEvent.click(within(screen.getAllByTestId('block-item')[1]!).getByTestId('block-select'));
    expect(screen.getByTestId('preview-phone')).toBeTruthy();
    expect(document.activeElement?.closest('[data-testid="preview"]')).toBeNull();

    const titleNow = document.getElementById(fieldIdForPath(['blocks', 1, 'title']))!;
    fireEvent.change(titleNow, { target: { value: 'Wat doe jij als eerste?' } });
    const note = document.getElementById('studio-save-note')!;
    fireEvent.keyDown(note, { key: 'z', ctrlKey: true });
    expect(
      (document.getElementById(fieldIdForPath(['blocks', 1, 'title'])) as HTMLInputElement).value,
    ).toBe('Wat doe jij als eerste?');
  });
});
