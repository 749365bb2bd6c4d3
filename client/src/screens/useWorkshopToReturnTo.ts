import { useEffect, useState } from 'react';
import {
  API,
  JOIN_LINK_HEADER,
  JoinLookupSchema,
  normalizeJoinCode,
  type JoinLookup,
} from '@samenspel/shared';
import { apiRequest } from '../net/http';
import { joinLinks, participantTokens } from '../net/storage';

/**
 * A phone joins one workshop at a time; two recent ones are looked at, not a long history. Each
 * lookup of a code whose session was deleted counts as a wrong code against this phone's
 * guessing budget, so the front page must never spend that budget by itself.
 */
const MOST = 2;

/**
 * A workshop this phone joined and did not leave that has not ended: the front page offers the
 * way back to it (a phone that lost its tab mid-session otherwise lands on an empty code field).
 * Ended workshops keep their token for the summary, but are not offered. A code the server no
 * longer knows (the session was deleted) is forgotten, so it is looked up, and counted, once.
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
        // The QR link's room token, when the phone came that way, passes the guessing limits.
        const link = joinLinks.get(code);
        const result = await apiRequest(API.join(code), {
          schema: JoinLookupSchema,
          ...(link === null ? {} : { headers: { [JOIN_LINK_HEADER]: link } }),
        });
        if (!current) return;
        if (result.ok && result.data.status !== 'ended') {
          setFound(result.data);
          return;
        }
        if (!result.ok && result.error?.code === 'unknown_code') participantTokens.forget(code);
        // Blocked for guessing: asking about the next code would only be refused as well.
        if (!result.ok && result.error?.code === 'rate_limited') return;
      }
    })();
    return () => {
      current = false;
    };
  }, []);
  return found;
}
