import { useCallback, useEffect, useState } from 'react';
import type { ProgrammeVersionMeta } from '@samenspel/shared';
import { listVersions } from '../studioApi';

interface Versions {
  /** Newest first, as the server lists them; null until the first answer. */
  versions: ProgrammeVersionMeta[] | null;
  failed: boolean;
  reload: () => void;
}

/** The programme's versions, loaded again whenever a save makes a new latest version. */
export function useVersions(token: string, programmeId: string, latestVersion: number): Versions {
  const [versions, setVersions] = useState<ProgrammeVersionMeta[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    setFailed(false);
    void listVersions(token, programmeId).then((result) => {
      if (!current) return;
      if (result.ok) {
        setVersions([...result.data].sort((a, b) => b.version - a.version));
      } else {
        setFailed(true);
      }
    });
    // An answer for an earlier programme or save must not overwrite the newer one.
    return () => {
      current = false;
    };
  }, [token, programmeId, latestVersion, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { versions, failed, reload };
}
