// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ProgrammeVersion, ProgrammeVersionMeta } from '@samenspel/shared';
import { useLanguage } from '../../src/i18n/language';
import { HistoryPanel } from '../../src/screens/studio/history/HistoryPanel';

const T0 = Date.UTC(2026, 11, 2, 9, 5);
const HOUR = 3_600_000;
let metas: ProgrammeVersionMeta[];
const calls: string[] = [];

function scenario(version: number) {
  const welkom = { id: 'welkom', kind: 'info', title: 'Welkom', minutes: 10 };
  const stemming = {
    id: 'stemming',
    kind: 'poll',
    title: 'Eerste stemming',
    minutes: 5,
    question: version >= 2 ? 'Wat vindt de provincie?' : 'Wat vindt de gemeente?',
    options: [
      { id: 'ja', label: 'Ja' },
      { id: 'nee', label: 'Nee' },
    ],
  };
  const pauze = { id: 'pauze', kind: 'break', title: 'Pauze', minutes: 15 };
  const blocks = version >= 3 ? [welkom, stemming, pauze] : [welkom, stemming];
  return { id: 'provincie', title: 'Samenspel', minutes: 30, blocks };
}

function versionBody(meta: ProgrammeVersionMeta): ProgrammeVersion {
  return {
    programmeId: 'provincie',
    source: 'own',
    meta,
    scenario: scenario(meta.version),
    problems: [],
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  calls.length = 0;
  useLanguage.getState().setLanguage('nl');
  metas = [
    { version: 1, savedAt: T0, note: 'Gekopieerd van de sjabloon', problemCount: 0 },
    { version: 2, savedAt: T0 + HOUR, note: '', problemCount: 2 },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      calls.push(url);
      if (url === '/api/programmes/provincie/versions') return json([...metas].reverse());
      const match = /^\/api\/programmes\/provincie\/versions\/(\d+)$/.exec(url);
      const meta = match ? metas.find((m) => m.version === Number(match[1])) : undefined;
      if (meta) return json(versionBody(meta));
      return json({ error: { code: 'not_found', message: 'no' } }, 404);
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const versionsShown = () =>
  screen.getAllByTestId('history-row').map((row) => row.getAttribute('data-version'));

function renderPanel(latestVersion: number, onOpen = vi.fn()) {
  const view = render(
    <HistoryPanel
      token="t"
      programmeId="provincie"
      latestVersion={latestVersion}
      openVersion={latestVersion}
      onOpen={onOpen}
    />,
  );
  return { ...view, onOpen };
}

describe('the version history', () => {
  it('lists versions newest first with time, note and a draft badge', async () => {
    renderPanel(2);
    await waitFor(() => expect(versionsShown()).toEqual(['2', '1']));
    const [newest, first] = screen.getAllByTestId('history-row');
    expect(newest!.textContent).toContain('Versie 2');
    expect(newest!.textContent).toContain('Nieuwste');
    expect(within(newest!).getByTestId('history-draft').textContent).toBe('Concept: 2 problemen');
    expect(newest!.textContent).toContain('Geen notitie bij deze versie.');
    expect(within(newest!).getByTestId('history-open').textContent).toBe('Staat open');
    expect(first!.textContent).toContain('Gekopieerd van de sjabloon');
    expect(first!.querySelector('time')!.textContent).toBe(
      new Intl.DateTimeFormat('nl', { dateStyle: 'medium', timeStyle: 'short' }).format(T0),
    );
    expect(within(first!).queryByTestId('history-draft')).toBeNull();
  });

  it('reloads when a save makes a new latest version', async () => {
    const { rerender } = renderPanel(2);
    await waitFor(() => expect(versionsShown()).toEqual(['2', '1']));
    metas.push({ version: 3, savedAt: T0 + 2 * HOUR, note: 'Pauze erbij', problemCount: 0 });
    rerender(
      <HistoryPanel
        token="t"
        programmeId="provincie"
        latestVersion={3}
        openVersion={3}
        onOpen={() => undefined}
      />,
    );
    await waitFor(() => expect(versionsShown()).toEqual(['3', '2', '1']));
  });

  it('opens an old version through onOpen, explaining that saving it restores it', async () => {
    const { onOpen } = renderPanel(2);
    await waitFor(() => expect(versionsShown()).toHaveLength(2));
    const old = within(screen.getAllByTestId('history-row')[1]!).getByTestId('history-open');
    expect(old.textContent).toBe('Deze versie openen');
    const hint = document.getElementById(old.getAttribute('aria-describedby')!);
    expect(hint!.textContent).toContain('zo zet je haar terug');
    fireEvent.click(old);
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect(onOpen.mock.calls[0]![0]).toMatchObject({ meta: { version: 1 } });
  });

  it('compares two versions and names the changed field and the added block', async () => {
    metas.push({ version: 3, savedAt: T0 + 2 * HOUR, note: 'Pauze erbij', problemCount: 0 });
    renderPanel(3);
    await waitFor(() => expect(versionsShown()).toEqual(['3', '2', '1']));
    // By default: the one before the latest against the latest.
    expect((screen.getByLabelText('Van versie') as HTMLSelectElement).value).toBe('2');
    expect((screen.getByLabelText('Naar versie') as HTMLSelectElement).value).toBe('3');

    fireEvent.change(screen.getByLabelText('Van versie'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vergelijken' }));
    const diff = await screen.findByTestId('history-diff');
    expect(diff.textContent).toContain('Van versie 1 naar versie 3');
    expect(within(diff).getByTestId('history-diff-added').textContent).toContain(
      '1 blok toegevoegdPauze',
    );
    expect(within(diff).getByTestId('history-diff-changed').textContent).toContain(
      'Eerste stemming: vraag',
    );
    expect(within(diff).queryByTestId('history-diff-removed')).toBeNull();

    // Between equal choices there is nothing to compare.
    fireEvent.change(screen.getByLabelText('Van versie'), { target: { value: '3' } });
    expect(screen.getByRole('button', { name: 'Vergelijken' })).toHaveProperty('disabled', true);
  });
});
