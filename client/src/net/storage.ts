import { local, parseStored, session } from './durable';
/**
 * What the browser remembers: a participant's token per join code (localStorage, so a closed
 * tab can come back) and the facilitator's session (sessionStorage, gone with the tab).
 */

const TOKEN_PREFIX = 'samenspel.token.';
const tokenKey = (code: string) => `${TOKEN_PREFIX}${code}`;
const SESSION_KEY = 'samenspel.session';

export const participantTokens = {
  get: (code: string): string | null => local.get(tokenKey(code)),
  set: (code: string, token: string): void => local.set(tokenKey(code), token),
  forget: (code: string): void => local.remove(tokenKey(code)),
  /** The join codes this device holds a token for: the workshops it joined and did not leave. */
  codes: (): string[] =>
    local
      .keys()
      .filter((key) => key.startsWith(TOKEN_PREFIX))
      .map((key) => key.slice(TOKEN_PREFIX.length)),
};

export interface FacilitatorSession {
  token: string;
  expiresAt: number;
}

function isSession(value: unknown): value is FacilitatorSession {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return typeof record.token === 'string' && typeof record.expiresAt === 'number';
}

export const facilitatorSession = {
  /** The session, if there is one that has not expired. */
  get(now = Date.now()): FacilitatorSession | null {
    const raw = session.get(SESSION_KEY);
    if (raw === null) return null;
    const parsed = parseStored(raw);
    return isSession(parsed) && parsed.expiresAt > now ? parsed : null;
  },
  set: (value: FacilitatorSession): void => session.set(SESSION_KEY, JSON.stringify(value)),
  forget: (): void => session.remove(SESSION_KEY),
};

/** The `key` in a link's hash (`#key=...`), as co-facilitator and presenter links carry it. */
export function keyFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const key = params.get('key');
  return key === null || key === '' ? null : key;
}
