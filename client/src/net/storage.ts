import { DeviceSecretSchema, JoinLinkTokenSchema } from '@samenspel/shared';
import { makeCommandId } from './commandId';
import { local, parseStored, session } from './durable';
import { lastParticipantView } from './lastView';
/**
 * What the browser remembers: a participant's token and device secret per join code
 * (localStorage, so a closed tab can come back) and the facilitator's session (sessionStorage,
 * gone with the tab).
 */

const TOKEN_PREFIX = 'samenspel.token.';
const tokenKey = (code: string) => `${TOKEN_PREFIX}${code}`;
const deviceKey = (code: string) => `samenspel.device.${code}`;
/** 43 symbols of 6 bits: 258 bits, as much as a token. */
const DEVICE_SECRET_LENGTH = 43;
const linkKey = (code: string) => `samenspel.link.${code}`;
const SESSION_KEY = 'samenspel.session';

export const participantTokens = {
  get: (code: string): string | null => local.get(tokenKey(code)),
  set: (code: string, token: string): void => local.set(tokenKey(code), token),
  // The phone's last view goes with its token: a new participant on this phone starts fresh.
  forget: (code: string): void => {
    local.remove(tokenKey(code));
    lastParticipantView.forget(code);
  },
  /** The join codes this device holds a token for: the workshops it joined and did not leave. */
  codes: (): string[] =>
    local
      .keys()
      .filter((key) => key.startsWith(TOKEN_PREFIX))
      .map((key) => key.slice(TOKEN_PREFIX.length)),
};

/**
 * The phone's secret for one room, made before its first join and sent with every join. The
 * server answers a join it already handled (its ack was lost) with the token only when the same
 * secret comes with it, so someone who learnt the join's id cannot take the place of this phone.
 * One per room, so the digests the server keeps do not link a phone across sessions.
 */
export const deviceSecrets = {
  get(code: string): string {
    const kept = local.get(deviceKey(code));
    if (kept !== null && DeviceSecretSchema.safeParse(kept).success) return kept;
    const made = makeCommandId(DEVICE_SECRET_LENGTH);
    local.set(deviceKey(code), made);
    return made;
  },
};

/**
 * The room token of the QR link a phone came through, per code: kept so that a reload (or a
 * return from the landing page) still passes the guessing limits of a busy network.
 */
export const joinLinks = {
  get: (code: string): string | null => local.get(linkKey(code)),
  set: (code: string, token: string): void => local.set(linkKey(code), token),
};

/** The QR link's token in a phone page's hash (`#t=...`), if it is shaped like one. */
export function linkTokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('t');
  return token !== null && JoinLinkTokenSchema.safeParse(token).success ? token : null;
}

/** A participant token as the server makes them: an id, a dot, an HMAC in base64url. */
const PARTICIPANT_TOKEN = /^[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]{43}$/;
const returnedKey = (code: string) => `samenspel.returned.${code}`;

/**
 * A personal return link (`#terug=<token>`, PATHS.returnLink): the token becomes this device's
 * for the code, and the hash leaves the address bar, so the link is not left in the history or
 * on a screenshot. Remembered for this tab, so a refused link is said as such.
 */
export function takeReturnLink(code: string, hash: string): void {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('terug');
  if (token === null) return;
  if (PARTICIPANT_TOKEN.test(token)) {
    participantTokens.set(code, token);
    session.set(returnedKey(code), '1');
  }
  window.history.replaceState(null, '', window.location.pathname);
}

/** This tab came in through a return link for the code (and it has not been let go of). */
export const returnLinks = {
  used: (code: string): boolean => session.get(returnedKey(code)) !== null,
  forget: (code: string): void => session.remove(returnedKey(code)),
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
