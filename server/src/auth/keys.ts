import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Every key and token is an HMAC of what it grants, under the server's signing key. Nothing
 * secret is stored: a key is checked by computing it again. Each carries 256 bits.
 */
export class KeyRing {
  constructor(
    private readonly signingKey: Buffer,
    private readonly passphrase: string,
    /** Whether a session token (by its id) was ended by a logout; nothing is, without a list. */
    private readonly loggedOut: (tokenId: string) => boolean = () => false,
  ) {}

  /**
   * Bound to the passphrase too: a new passphrase retires every co-facilitator link. Both room
   * links are bound to the room's link generation, so renewing them retires the old ones; a room
   * that never renewed them (generation 0) keeps the links it was made with.
   */
  facilitatorKey(roomId: string, generation = 0): string {
    const passphrase = this.digest(this.passphrase).toString('hex');
    return this.mac(`facilitator:${roomId}${generationPart(generation)}:${passphrase}`);
  }

  presenterKey(roomId: string, generation = 0): string {
    return this.mac(`presenter:${roomId}${generationPart(generation)}`);
  }

  participantToken(roomId: string, participantId: string): string {
    return `${participantId}.${this.mac(`participant:${roomId}:${participantId}`)}`;
  }

  /** The participant a token belongs to, or null when it was not made here for this room. */
  participantFromToken(roomId: string, token: string): string | null {
    const dot = token.indexOf('.');
    if (dot <= 0) return null;
    const participantId = token.slice(0, dot);
    return safeEqual(token, this.participantToken(roomId, participantId)) ? participantId : null;
  }

  /** `generation`: the room's current link generation, which a key must have been made for. */
  checkFacilitatorKey(roomId: string, key: string, generation: number): boolean {
    return safeEqual(key, this.facilitatorKey(roomId, generation));
  }

  checkPresenterKey(roomId: string, key: string, generation: number): boolean {
    return safeEqual(key, this.presenterKey(roomId, generation));
  }

  checkPassphrase(candidate: string): boolean {
    // Compare digests, so neither length nor content leaks through timing.
    return timingSafeEqual(this.digest(candidate), this.digest(this.passphrase));
  }

  /** A facilitator session token, valid until expiresAt and only under the current passphrase. */
  sessionToken(expiresAt: number): string {
    return `${expiresAt}.${this.mac(`session:${expiresAt}:${this.digest(this.passphrase).toString('hex')}`)}`;
  }

  /** Whether the session token with this id was ended by a logout. */
  isLoggedOut(tokenId: string): boolean {
    return this.loggedOut(tokenId);
  }

  /** Valid, not expired and not logged out. */
  checkSessionToken(token: string, now: number): boolean {
    const expiresAt = this.sessionExpiry(token, now);
    return expiresAt !== null && !this.loggedOut(sessionTokenId(token));
  }

  /** When a genuine, unexpired session token expires (logged out or not); null for any other. */
  sessionExpiry(token: string, now: number): number | null {
    const dot = token.indexOf('.');
    const expiresAt = Number(token.slice(0, dot));
    if (dot <= 0 || !Number.isSafeInteger(expiresAt) || expiresAt <= now) return null;
    return safeEqual(token, this.sessionToken(expiresAt)) ? expiresAt : null;
  }

  private mac(message: string): string {
    return createHmac('sha256', this.signingKey).update(message).digest('base64url');
  }

  private digest(value: string): Buffer {
    return createHmac('sha256', this.signingKey).update(`passphrase:${value}`).digest();
  }
}

/** Generation 0 adds nothing, so the links a room was made with stay what they were. */
function generationPart(generation: number): string {
  return generation === 0 ? '' : `:g${generation}`;
}

/**
 * What a logout keeps of a session token: a digest, so the list of ended sessions holds nothing
 * that would open the console.
 */
export function sessionTokenId(token: string): string {
  return createHash('sha256').update(`session-id:${token}`).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
