import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The credentials that let rightful users past the guessing limits of a network they share with
 * a guesser. Like every key here they are HMACs under the server's signing key, so nothing is
 * stored: each is checked by computing it again. Their messages are prefixed apart from the
 * KeyRing's (`join-link:`, `device:`, `facilitator-device:`), so no one key stands for another.
 */
export class EntryKeys {
  private readonly passphraseDigest: string;

  constructor(
    private readonly signingKey: Buffer,
    passphrase: string,
  ) {
    this.passphraseDigest = this.mac(`entry-passphrase:${passphrase}`);
  }

  /** The token in the presenter's QR link: it only opens its own room, so it guesses nothing. */
  joinLinkToken(roomId: string): string {
    return this.mac(`join-link:${roomId}`);
  }

  checkJoinLinkToken(roomId: string, token: string): boolean {
    return safeEqual(token, this.joinLinkToken(roomId));
  }

  /** A phone's device id, issued by the server (a cookie), so the guessing budget can be per device. */
  newDevice(): string {
    const id = randomBytes(16).toString('base64url');
    return `${id}.${this.mac(`device:${id}`)}`;
  }

  isDevice(value: string): boolean {
    return this.signed(value, (id) => `device:${id}`);
  }

  /**
   * Given to a browser that logged in with the passphrase: it keeps its own budget of wrong
   * passphrases, apart from its network's. Bound to the passphrase, so changing it retires all.
   */
  newFacilitatorDevice(): string {
    const id = randomBytes(16).toString('base64url');
    return `${id}.${this.mac(`facilitator-device:${id}:${this.passphraseDigest}`)}`;
  }

  isFacilitatorDevice(value: string): boolean {
    return this.signed(value, (id) => `facilitator-device:${id}:${this.passphraseDigest}`);
  }

  private signed(value: string, message: (id: string) => string): boolean {
    const dot = value.indexOf('.');
    if (dot <= 0) return false;
    const id = value.slice(0, dot);
    return safeEqual(value, `${id}.${this.mac(message(id))}`);
  }

  private mac(message: string): string {
    return createHmac('sha256', this.signingKey).update(message).digest('base64url');
  }
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
