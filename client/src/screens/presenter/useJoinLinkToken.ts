import { useEffect, useState } from 'react';
import { API, JoinLinkSchema } from '@samenspel/shared';
import { apiRequest } from '../../net/http';

/**
 * The room token the QR code carries, asked with the presenter key: phones that scan it are
 * never held up by what someone else on their network guessed. Null until it arrives (or
 * without a key, as in the replay), and the QR code is the plain join link meanwhile.
 */
export function useJoinLinkToken(roomId: string, presenterKey: string | null): string | null {
  const [token, setToken] = useState<string | null>(null);
  useEffect(() => {
    if (presenterKey === null) return;
    let active = true;
    void apiRequest(API.joinLink(roomId), { schema: JoinLinkSchema, token: presenterKey }).then(
      (result) => {
        if (active && result.ok) setToken(result.data.token);
      },
    );
    return () => {
      active = false;
    };
  }, [roomId, presenterKey]);
  return token;
}
