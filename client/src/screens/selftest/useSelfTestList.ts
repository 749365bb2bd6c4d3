import { useEffect, useState } from 'react';
import { API, SelfTestListSchema, type SelfTestList } from '@samenspel/shared';
import { apiRequest } from '../../net/http';

export type ListState =
  | { status: 'loading' }
  | { status: 'ready'; list: SelfTestList }
  /** This server has no self-test (its programmes lack the stellingenlijst). */
  | { status: 'missing' }
  /** No answer: offline, or the server is away. */
  | { status: 'failed' };

/** One request per page load, shared by whoever asks (the self-test, a phone's carry-in). */
let pending: Promise<ListState> | null = null;

function fetchList(): Promise<ListState> {
  pending ??= apiRequest(API.selfTest, { schema: SelfTestListSchema }).then((result): ListState => {
    if (result.ok) return { status: 'ready', list: result.data };
    // A failure may be tried again; a server without a self-test stays without one.
    if (result.status !== 404) pending = null;
    return result.status === 404 ? { status: 'missing' } : { status: 'failed' };
  });
  return pending;
}

/** The self-test's statements, from the server; `retry` asks again after a failure. */
export function useSelfTestList(): { state: ListState; retry: () => void } {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchList().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
