import { useCallback, useEffect, useState } from 'react';
import type { ProgrammeVersion } from '@samenspel/shared';
import { latestVersion } from '../studioApi';

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; version: ProgrammeVersion }
  | { kind: 'notFound' }
  | { kind: 'failed' };

/** The programme's latest version, loaded once per programme (and again on retry). */
export function useProgrammeVersion(
  token: string,
  programmeId: string,
  onUnauthorized: () => void,
) {
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    void latestVersion(token, programmeId).then((result) => {
      if (!current) return;
      if (result.ok) setState({ kind: 'ready', version: result.data });
      else if (result.status === 401) onUnauthorized();
      else setState(result.status === 404 ? { kind: 'notFound' } : { kind: 'failed' });
    });
    return () => {
      current = false;
    };
    // onUnauthorized is the gate's sign-out: stable for the page's life.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token, programmeId, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
