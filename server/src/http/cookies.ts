/** The cookie with a phone's device id (read by the code lookup and the socket handshake). */
export const DEVICE_COOKIE = 'samenspel_device';
/** The cookie of a browser that logged in as facilitator before (read by the login only). */
export const FACILITATOR_DEVICE_COOKIE = 'samenspel_facilitator_device';

/** A signed value is base64url, a dot and base64url; nothing else is worth checking. */
const COOKIE_VALUE = /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/;

/** One cookie's value from a Cookie header, or null when absent or not shaped like ours. */
export function readCookie(header: string | string[] | undefined, name: string): string | null {
  const text = Array.isArray(header) ? header.join(';') : (header ?? '');
  for (const part of text.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return COOKIE_VALUE.test(value) ? value : null;
  }
  return null;
}

/**
 * A Set-Cookie value. HttpOnly: no script needs it, so none can take it; SameSite=Strict: only
 * this site's own pages send it; no Secure, since a workshop server may run on plain http in a
 * training room's own network.
 */
export function setCookie(name: string, value: string, path: string, maxAgeDays: number): string {
  return `${name}=${value}; Path=${path}; Max-Age=${maxAgeDays * 86_400}; HttpOnly; SameSite=Strict`;
}
