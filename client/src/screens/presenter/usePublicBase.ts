import { useEffect, useState } from 'react';
import { API, PublicConfigSchema } from '@samenspel/shared';
import { apiRequest } from '../../net/http';

/**
 * The address phones should open. The projector may well run on `localhost`, which no phone can
 * reach: the server knows its network address (or the one configured) and says so.
 */
export function usePublicBase(): { origin: string; host: string } {
  const [publicUrl, setPublicUrl] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    void apiRequest(API.config, { schema: PublicConfigSchema }).then((result) => {
      if (active && result.ok) setPublicUrl(result.data.publicUrl);
    });
    return () => {
      active = false;
    };
  }, []);
  const here = window.location;
  const onLoopback = /^(localhost|127\.|\[::1\])/.test(here.hostname);
  if (publicUrl && onLoopback) {
    const url = new URL(publicUrl);
    return { origin: url.origin, host: url.host };
  }
  return { origin: here.origin, host: here.host };
}
