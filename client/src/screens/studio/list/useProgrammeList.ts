import { useCallback, useEffect, useState } from 'react';
import type { ProgrammeList } from '@samenspel/shared';
import { useLatest } from '../../../hooks/useLatest';
import { listProgrammes } from '../studioApi';

/** The templates and own programmes; a 401 signs the trainer out. */
export function useProgrammeList(token: string, onUnauthorized: () => void) {
  const [list, setList] = useState<ProgrammeList | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const unauthorized = useLatest(onUnauthorized);
  useEffect(() => {
    let current = true;
    void listProgrammes(token).then((result) => {
      if (!current) return;
      if (result.ok) {
        setFailed(false);
        setList({
          templates: result.data.templates,
          own: [...result.data.own].sort((a, b) => b.latest.savedAt - a.latest.savedAt),
        });
      } else if (result.status === 401) unauthorized.current();
      else setFailed(true);
    });
    return () => {
      current = false;
    };
  }, [token, attempt, unauthorized]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { list, failed, reload };
}
