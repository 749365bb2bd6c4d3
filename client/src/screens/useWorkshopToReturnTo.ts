import { useEffect, useState } from 'react';
import { API, JoinLookupSchema, normalizeJoinCode, type JoinLookup } from '@samenspel/shared';
import { apiRequest } from '../net/http';
import { participantTokens } from '../net/storage';

/** A phone joins one workshop at a time; a few old ones are looked at, not a long history. */
const MOST = 5;

/**
 * A workshop this phone joined and did not leave that has not ended: the front page offers the
 * way back to it (a phone that lost its tab mid-session otherwise lands on an empty code field).
 * Ended workshops keep their token for the summary, but are not offered.
 */
export function useWorkshopToReturnTo(): JoinLookup | null {
  const [found, setFound] = useState<JoinLookup | null>(null);
  useEffect(() => {
    let current = true;
    const codes = participantTokens
      .codes()
      .filter((code) => normalizeJoinCode(code) === code)
      .slice(0, MOST);
    void (async () => {
      for (const code of codes) {
        const result = await apiRequest(API.join(code), { schema: JoinLookupSchema });
        if (!current) return;
        if (result.ok && result.data.status !== 'ended') {
          setFound(result.data);
          return;
        }
      }
    })();
    return () => {
      current = false;
    };
  }, []);
  return found;
}
