import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Every key and token is an HMAC of what it grants, under the server's signing key. Nothing
 * secret is stored: a key is checked by computing it again. Each carries 256 bits.
 */
export class KeyRing {
  constructor(
    private readonly signingKey: Buffer,
    private readonly passphrase: string,
  ) {}

  /** Bound to the passphrase too: a new passphrase retires every co-facilitator link. */
  facilitatorKey(roomId: string): string {
    return this.mac(`facilitator:${roomId}:${this.digest(this.passphrase).toString('hex')}`);
  }

  presenterKey(roomId: string): string {
    return this.mac(`presenter:${roomId}`);
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

  checkFacilitatorKey(roomId: string, key: string): boolean {
    return safeEqual(key, this.facilitatorKey(roomId));
  }

  checkPresenterKey(roomId: string, key: string): boolean {
    return safeEqual(key, this.presenterKey(roomId));
  }

  checkPassphrase(candidate: string): boolean {
    // Compare digests, so neither length nor content leaks through timing.
    return timingSafeEqual(this.digest(candidate), this.digest(this.passphrase));
  }

  /** A facilitator session token, valid until expiresAt and only under the current passphrase. */
  sessionToken(expiresAt: number): string {
    return `${expiresAt}.${this.mac(`session:${expiresAt}:${this.digest(this.passphrase).toString('hex')}`)}`;
  }

  checkSessionToken(token: string, now: number): boolean {
    const dot = token.indexOf('.');
    const expiresAt = Number(token.slice(0, dot));
    if (dot <= 0 || !Number.isSafeInteger(expiresAt) || expiresAt <= now) return false;
    return safeEqual(token, this.sessionToken(expiresAt));
  }

  private mac(message: string): string {
    return createHmac('sha256', this.signingKey).update(message).digest('base64url');
  }

  private digest(value: string): Buffer {
    return createHmac('sha256', this.signingKey).update(`passphrase:${value}`).digest();
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
