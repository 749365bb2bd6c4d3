import { isOwnOrigin } from './own-origins.js';

/**
 * Which browser origins may change anything: the server's own addresses (own-origins.ts), the
 * public URL's, and those configured in SAMENSPEL_ALLOWED_ORIGINS. A request without an Origin
 * header (curl, a same-origin GET, another server) is no browser acting for another site, and
 * passes.
 */
export class OriginPolicy {
  private readonly configured: ReadonlySet<string>;

  constructor(
    allowedOrigins: readonly string[],
    /** Read on every check: start-up learns the public URL only after listening. */
    private readonly publicUrl: () => string | null,
    /** The port listened on, known once listening. */
    private readonly port: () => number | null,
  ) {
    this.configured = new Set(allowedOrigins);
  }

  allows(origin: string | undefined): boolean {
    if (origin === undefined) return true;
    const url = parseOrigin(origin);
    if (url === null) return false;
    if (this.configured.has(url.origin)) return true;
    const publicUrl = this.publicUrl();
    if (publicUrl !== null && parseOrigin(publicUrl)?.origin === url.origin) return true;
    return isOwnOrigin(url, this.port());
  }
}

function parseOrigin(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export const FORBIDDEN_ORIGIN_MESSAGE = 'requests from this site are not allowed';
