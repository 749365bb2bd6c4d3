import { useCallback, useEffect, useState } from 'react';
import type { JoinLookup } from '@samenspel/shared';
import { minutesToWait } from '../../net/http';
import { participantTokens } from '../../net/storage';
import { joinLookup } from './joinLookupRequest';

export type LookupState =
  | { kind: 'loading' }
  | { kind: 'found'; room: JoinLookup }
  | { kind: 'unknown' }
  /** This network tried too many unknown codes; the server says how long to wait. */
  | { kind: 'limited'; minutes: number }
  /**
   * Refused as `limited`, but this phone joined before: its token gets it through the handshake
   * however many codes its network guessed, so it connects rather than waits. Also when the
   * server cannot be reached and this phone joined before (a reload on dead Wi-Fi): the room
   * shows what it last saw there and connects as soon as the network is back.
   */
  | { kind: 'returning' }
  | { kind: 'failed' };

/**
 * Looks a join code up before connecting, so an unknown code is said plainly. A phone that came
 * through the QR link sends the link's room token, which no guessing limit holds up.
 */
export function useJoinLookup(code: string): { state: LookupState; retry: () => void } {
  const [state, setState] = useState<LookupState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    void joinLookup(code).then((result) => {
      if (!current) return;
      if (result.ok) setState({ kind: 'found', room: result.data });
      else if (result.status === 429) {
        setState(
          participantTokens.get(code) === null
            ? { kind: 'limited', minutes: minutesToWait(result) }
            : { kind: 'returning' },
        );
      } else if (result.status === 404 || result.error?.code === 'unknown_code') {
        setState({ kind: 'unknown' });
      } else if (result.status === 0 && participantTokens.get(code) !== null) {
        setState({ kind: 'returning' });
      } else setState({ kind: 'failed' });
    });
    return () => {
      current = false;
    };
  }, [code, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
