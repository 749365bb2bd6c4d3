import { useCallback, useEffect, useState } from 'react';
import type { ProgrammeList } from '@samenspel/shared';
import { useLatest } from '../../../hooks/useLatest';
import { listProgrammes } from '../studioApi';

export interface Programmes {
  /** Null until the first answer (and after a failed first one). */
  list: ProgrammeList | null;
  failed: boolean;
  reload: () => void;
  /** Takes a deleted programme out of the list at once, before any reload. */
  forget: (programmeId: string) => void;
}

/**
 * The templates and the trainer's own programmes (last change first, as the server sends them),
 * for the studio's list and the new-session form alike; a 401 signs the trainer out.
 */
export function useProgrammes(token: string, onUnauthorized: () => void): Programmes {
  const [list, setList] = useState<ProgrammeList | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const unauthorized = useLatest(onUnauthorized);

  useEffect(() => {
    let current = true;
    void listProgrammes(token).then((result) => {
      if (!current) return;
      if (!result.ok && result.status === 401) {
        unauthorized.current();
        return;
      }
      setFailed(!result.ok);
      if (result.ok) setList(result.data);
    });
    return () => {
      current = false;
    };
  }, [token, attempt, unauthorized]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const forget = useCallback(
    (programmeId: string) =>
      setList((current) =>
        current === null
          ? null
          : { ...current, own: current.own.filter((p) => p.id !== programmeId) },
      ),
    [],
  );
  return { list, failed, reload, forget };
}
