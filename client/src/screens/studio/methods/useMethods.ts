import { useCallback, useEffect, useState } from 'react';
import type { Method } from '@samenspel/shared';
import { listMethods } from '../studioApi';

interface Methods {
  /** Last saved first; null until the first answer. */
  methods: Method[] | null;
  failed: boolean;
  reload: () => void;
  /** A method the server just saved, shown at once without asking for the list again. */
  add: (method: Method) => void;
  forget: (methodId: string) => void;
}

const newestFirst = (list: Method[]) => [...list].sort((a, b) => b.savedAt - a.savedAt);

export function useMethods(token: string): Methods {
  const [methods, setMethods] = useState<Method[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    void listMethods(token).then((result) => {
      if (!current) return;
      if (result.ok) setMethods(newestFirst(result.data));
      else setFailed(true);
    });
    return () => {
      current = false;
    };
  }, [token, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const add = useCallback(
    (method: Method) =>
      setMethods((list) =>
        newestFirst([...(list ?? []).filter((m) => m.id !== method.id), method]),
      ),
    [],
  );
  const forget = useCallback(
    (methodId: string) => setMethods((list) => list?.filter((m) => m.id !== methodId) ?? null),
    [],
  );
  return { methods, failed, reload, add, forget };
}
