// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { BlockInput, Method } from '@samenspel/shared';
import { useLanguage } from '../../src/i18n/language';
import { MethodsPanel } from '../../src/screens/studio/methods/MethodsPanel';

const T0 = Date.UTC(2026, 11, 2, 9, 5);
let methods: Method[];
const calls: Array<{ method: string; url: string; body?: unknown }> = [];

const stemming: BlockInput = {
  id: 'stemming',
  kind: 'poll',
  title: 'Stemming over het dossier',
  minutes: 5,
  question: 'Wie beslist?',
  options: [
    { id: 'raad', label: 'De raad' },
    { id: 'college', label: 'Het college' },
  ],
  notes: 'Vraag na de stemming door.',
};

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

beforeEach(() => {
  calls.length = 0;
  useLanguage.getState().setLanguage('nl');
  methods = [
    {
      id: 'm-reflectie',
      name: 'Valkuil, anoniem',
      block: {
        id: 'valkuil',
        kind: 'reflection',
        title: 'Mijn valkuil',
        minutes: 8,
        prompt: 'Wat is je valkuil?',
      },
      savedAt: T0,
    },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      calls.push({ method, url, body });
      if (url === '/api/methods' && method === 'GET') return json(methods);
      if (url === '/api/methods' && method === 'POST') {
        const request = body as { name: string; block: Record<string, unknown> };
        const saved: Method = { id: 'm-nieuw', ...request, savedAt: T0 + 60_000 };
        methods.push(saved);
        return json(saved, 201);
      }
      if (method === 'DELETE' && url.startsWith('/api/methods/')) {
        methods = methods.filter((m) => !url.endsWith(m.id));
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

const names = () =>
  screen.getAllByTestId('methods-row').map((row) => row.querySelector('strong')?.textContent);

describe('the methods library', () => {
  it('explains what a werkvorm is when there are none', async () => {
    methods = [];
    render(<MethodsPanel token="t" selectedBlock={null} onInsert={() => undefined} />);
    expect((await screen.findByTestId('methods-empty')).textContent).toContain(
      'Een werkvorm is een blok dat je bewaart',
    );
    expect(screen.getByTestId('methods-no-selection')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bewaar dit blok als werkvorm' })).toBeNull();
  });

  it('saves the selected block under its title or a chosen name, and lists it first', async () => {
    render(<MethodsPanel token="t" selectedBlock={stemming} onInsert={() => undefined} />);
    await waitFor(() => expect(names()).toEqual(['Valkuil, anoniem']));
    const name = screen.getByLabelText('Naam van de werkvorm') as HTMLInputElement;
    expect(name.value).toBe('Stemming over het dossier');
    fireEvent.change(name, { target: { value: '  Wie beslist? ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Bewaar dit blok als werkvorm' }));
    await waitFor(() => expect(names()).toEqual(['Wie beslist?', 'Valkuil, anoniem']));
    expect(calls).toContainEqual({
      method: 'POST',
      url: '/api/methods',
      body: { name: 'Wie beslist?', block: stemming },
    });
    expect(screen.getByTestId('methods-notice').textContent).toBe(
      '“Wie beslist?” staat nu bij je werkvormen.',
    );
  });

  it('will not save a method without a name', async () => {
    render(<MethodsPanel token="t" selectedBlock={stemming} onInsert={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(1));
    fireEvent.change(screen.getByLabelText('Naam van de werkvorm'), { target: { value: ' ' } });
    expect(screen.getByRole('button', { name: 'Bewaar dit blok als werkvorm' })).toHaveProperty(
      'disabled',
      true,
    );
    expect(screen.getByText('Geef de werkvorm een naam.')).toBeTruthy();
  });

  it('inserts a method by handing its block to the editor', async () => {
    const onInsert = vi.fn();
    render(<MethodsPanel token="t" selectedBlock={stemming} onInsert={onInsert} />);
    await waitFor(() => expect(names()).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Valkuil, anoniem invoegen' }));
    expect(onInsert).toHaveBeenCalledWith(methods[0]!.block);
    expect(screen.getByTestId('methods-notice').textContent).toContain('is ingevoegd');
  });

  it('deletes a method only after asking', async () => {
    render(<MethodsPanel token="t" selectedBlock={null} onInsert={() => undefined} />);
    await waitFor(() => expect(names()).toHaveLength(1));
    const row = screen.getAllByTestId('methods-row')[0]!;
    fireEvent.click(within(row).getByRole('button', { name: 'Valkuil, anoniem verwijderen' }));
    expect(within(row).getByRole('group').textContent).toContain('voorgoed verwijderen');
    expect(calls.some((call) => call.method === 'DELETE')).toBe(false);
    fireEvent.click(within(row).getByTestId('methods-delete-confirm'));
    await waitFor(() => expect(screen.getByTestId('methods-empty')).toBeTruthy());
    expect(calls).toContainEqual({
      method: 'DELETE',
      url: '/api/methods/m-reflectie',
      body: undefined,
    });
  });
});
