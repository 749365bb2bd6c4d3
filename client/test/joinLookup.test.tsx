// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { API } from '@samenspel/shared';
import { useJoinLookup } from '../src/screens/participant/useJoinLookup';
import { participantTokens } from '../src/net/storage';
import { startJoinLookupEarly } from '../src/screens/participant/joinLookupRequest';

const CODE = 'K7W4PX';

/** The server's answer to a network that guessed too many codes: 429 with Retry-After. */
const tooManyCodes = () =>
  new Response(
    JSON.stringify({ error: { code: 'rate_limited', message: 'too many unknown codes; wait' } }),
    { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '600' } },
  );

/** Answers every request with `answer()` and writes down the addresses asked, in `asked`. */
function answerEveryRequest(asked: string[], answer: () => Response): void {
  asked.length = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      asked.push(url);
      return answer();
    }),
  );
}

describe('looking a code up from a network that guessed too often', () => {
  const asked: string[] = [];
  beforeEach(() => answerEveryRequest(asked, tooManyCodes));
  afterEach(() => {
    cleanup();
    participantTokens.forget(CODE);
    vi.unstubAllGlobals();
  });

  it('tells a new phone how long to wait', async () => {
    const { result } = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'limited', minutes: 10 }));
    expect(asked).toEqual([API.join(CODE)]);
  });

  it('lets a phone that joined before connect with its token (a reload mid-session)', async () => {
    participantTokens.set(CODE, 'token-from-earlier-join');
    const { result } = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'returning' }));
  });
});

describe('looking a code up with no network at all (a reload on dead Wi-Fi)', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
  });
  afterEach(() => {
    cleanup();
    participantTokens.forget(CODE);
    vi.unstubAllGlobals();
  });

  it('tells a new phone the server cannot be reached', async () => {
    const { result } = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'failed' }));
  });

  it('lets a phone that joined before into its room, to show what it last saw', async () => {
    participantTokens.set(CODE, 'token-from-earlier-join');
    const { result } = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(result.current.state).toEqual({ kind: 'returning' }));
  });
});

describe('a lookup started early, as a join link starts it beside the room’s download', () => {
  const asked: string[] = [];
  beforeEach(() =>
    answerEveryRequest(
      asked,
      () =>
        new Response(JSON.stringify({ roomId: 'r1', title: 'Werksessie' }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
  );
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('is the answer the room uses, asked once; a later lookup asks again', async () => {
    startJoinLookupEarly(CODE);
    const first = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(first.result.current.state.kind).not.toBe('loading'));
    expect(asked).toEqual([API.join(CODE)]);
    first.unmount();

    const second = renderHook(() => useJoinLookup(CODE));
    await waitFor(() => expect(second.result.current.state.kind).not.toBe('loading'));
    expect(asked).toEqual([API.join(CODE), API.join(CODE)]);
  });
});
