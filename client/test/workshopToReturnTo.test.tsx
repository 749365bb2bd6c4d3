// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { API, JOIN_LINK_HEADER } from '@samenspel/shared';
import { useWorkshopToReturnTo } from '../src/screens/useWorkshopToReturnTo';
import { joinLinks, participantTokens } from '../src/net/storage';

const GONE = ['K7W4PX', 'M3N8QR'];

/** The server's answer for a code whose session was deleted: a wrong code, which it counts. */
const unknownCode = () =>
  new Response(
    JSON.stringify({
      error: { code: 'unknown_code', message: 'there is no session with this code' },
    }),
    { status: 404, headers: { 'content-type': 'application/json' } },
  );

describe('the front page looking for a workshop to go back to', () => {
  const asked: Array<{ url: string; link: string | null }> = [];
  beforeEach(() => {
    asked.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init: RequestInit) => {
        const headers = (init.headers ?? {}) as Record<string, string>;
        asked.push({ url, link: headers[JOIN_LINK_HEADER] ?? null });
        return unknownCode();
      }),
    );
  });
  afterEach(() => {
    cleanup();
    for (const code of GONE) participantTokens.forget(code);
    localStorage.clear();
    vi.unstubAllGlobals();
  });

  it('asks about a deleted session once, not on every visit, so it never uses up the guessing budget', async () => {
    for (const code of GONE) participantTokens.set(code, `token-${code}`);
    joinLinks.set(GONE[0]!, 'a'.repeat(43));
    const first = renderHook(() => useWorkshopToReturnTo());
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(first.result.current).toBeNull();
    // The QR link's token goes along, which the guessing limits let through.
    expect(asked[0]).toEqual({ url: API.join(GONE[0]!), link: 'a'.repeat(43) });
    await waitFor(() => expect(participantTokens.codes()).toEqual([]));
    first.unmount();

    // The next visits ask nothing more: the codes the server no longer knew are forgotten.
    renderHook(() => useWorkshopToReturnTo());
    renderHook(() => useWorkshopToReturnTo());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toHaveLength(2);
  });
});
