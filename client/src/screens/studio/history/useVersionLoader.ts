import { useCallback, useRef } from 'react';
import type { ProgrammeVersion } from '@samenspel/shared';
import type { ApiResult } from '../../../net/http';
import { versionOf } from '../studioApi';

/**
 * Loads one version with its scenario. A saved version never changes, so each is fetched once
 * per programme: comparing back and forth, or opening what was just compared, asks nothing again.
 */
export function useVersionLoader(
  token: string,
  programmeId: string,
): (version: number) => Promise<ApiResult<ProgrammeVersion>> {
  const cache = useRef(new Map<string, ProgrammeVersion>());
  return useCallback(
    async (version: number) => {
      const key = `${programmeId}:${version}`;
      const kept = cache.current.get(key);
      if (kept) return { ok: true, data: kept };
      const result = await versionOf(token, programmeId, version);
      if (result.ok) cache.current.set(key, result.data);
      return result;
    },
    [token, programmeId],
  );
}
