import type { EntryKeys } from '../auth/entry-keys.js';
import { LOGIN_LIMIT, WindowMap, type AddressLimiter } from './address-limiter.js';
import { FACILITATOR_DEVICE_COOKIE, readCookie, setCookie } from './cookies.js';

/** A browser that logged in keeps its device cookie this long: a training season. */
const DEVICE_DAYS = 180;
const MAX_DEVICES = 10_000;

/**
 * Passphrase guessing, per device where one is known. A browser that logged in before carries a
 * signed cookie (bound to the passphrase) and has a budget of its own, so a guesser on the same
 * network never locks the trainer out; only that device's own wrong tries count against it.
 * Everyone else counts per address, as before: a guesser who discards cookies gains nothing,
 * since a cookie is only given for the right passphrase.
 */
export class FacilitatorDevices {
  private readonly devices = new WindowMap(LOGIN_LIMIT.windowMs, MAX_DEVICES);

  constructor(
    private readonly keys: EntryKeys,
    private readonly addresses: AddressLimiter,
  ) {}

  /** The device a login request comes from, if it logged in before under this passphrase. */
  of(cookieHeader: string | string[] | undefined): string | null {
    const value = readCookie(cookieHeader, FACILITATOR_DEVICE_COOKIE);
    return value !== null && this.keys.isFacilitatorDevice(value) ? value : null;
  }

  waitMs(device: string | null, address: string, now: number): number {
    return device === null
      ? this.addresses.waitMs(address, now)
      : this.devices.waitMs(device, LOGIN_LIMIT.maxFailures, now);
  }

  fail(device: string | null, address: string, now: number): void {
    if (device === null) this.addresses.fail(address, now);
    else this.devices.fail(device, now);
  }

  /** A Set-Cookie header for a browser that has just logged in. */
  issue(): string {
    return setCookie(
      FACILITATOR_DEVICE_COOKIE,
      this.keys.newFacilitatorDevice(),
      '/api/session',
      DEVICE_DAYS,
    );
  }
}
