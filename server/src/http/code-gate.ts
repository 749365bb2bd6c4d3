import type { EntryKeys } from '../auth/entry-keys.js';
import { AddressLimiter, WindowMap, type LimitRule } from './address-limiter.js';

/**
 * A device (its signed cookie) that mistyped this many unknown codes in the window is stopped,
 * whatever its network does: three typos in ten minutes is already a lot for a person.
 */
export const DEVICE_CODE_FAILURES = 3;

/**
 * All unknown codes from one address, with or without devices, stop every device there at four
 * times the address budget (240 in 10 minutes with the default of 60): a guesser who takes a new
 * device id for every few guesses is bounded all the same. The QR link's token and a joined
 * phone's token still pass.
 */
export const ADDRESS_CEILING_FACTOR = 4;

/**
 * New device ids per address in the window: a class of 30 several times over, or the phones of
 * a plenary that arrive over ten minutes. Past it a phone simply gets none, and is counted with
 * its address as before.
 */
export const DEVICE_ISSUE_LIMIT: LimitRule = { maxFailures: 200, windowMs: 10 * 60_000 };

/** Devices remembered at most; the least recently failed go first. */
const MAX_DEVICES = 20_000;

export interface GateDecision {
  /** The device the attempt counts under (the cookie's, or one issued just now); null if none. */
  device: string | null;
  /** A device id issued with this answer, to be set as the cookie. */
  issued: string | null;
  /** How long to wait; 0 when the attempt may go ahead. */
  waitMs: number;
}

/**
 * Who may try a join code now, and what a wrong one costs. Without a device the address budget
 * decides, as it always did. A device has a small budget of its own and is not held up by what
 * other devices on its network guessed, so one guesser in a class blocks only their own phone.
 * Device ids are issued only while the address is not blocked, at most DEVICE_ISSUE_LIMIT of
 * them, so a guesser who discards cookies is held to the address budget exactly as before, and
 * one who hoards ids is held by the ceiling.
 */
export class CodeGate {
  private readonly addresses: AddressLimiter;
  private readonly ceiling: AddressLimiter;
  private readonly issued: AddressLimiter;
  private readonly devices: WindowMap;

  constructor(
    private readonly keys: EntryKeys,
    rule: LimitRule,
  ) {
    this.addresses = new AddressLimiter(rule);
    this.ceiling = new AddressLimiter({
      maxFailures: rule.maxFailures * ADDRESS_CEILING_FACTOR,
      windowMs: rule.windowMs,
    });
    this.issued = new AddressLimiter({ ...DEVICE_ISSUE_LIMIT, windowMs: rule.windowMs });
    this.devices = new WindowMap(rule.windowMs, MAX_DEVICES);
  }

  /** `cookie` is the device cookie sent, if any; `issue` whether this answer can set one. */
  admit(address: string, cookie: string | null, now: number, issue: boolean): GateDecision {
    let device = cookie !== null && this.keys.isDevice(cookie) ? cookie : null;
    let issued: string | null = null;
    // No new device for a blocked address: a guesser who throws their cookie away each time
    // would otherwise buy a fresh budget with every request.
    const blocked = this.addresses.waitMs(address, now) > 0;
    if (device === null && issue && !blocked && this.issued.waitMs(address, now) === 0) {
      this.issued.fail(address, now);
      device = issued = this.keys.newDevice();
    }
    const own =
      device === null
        ? this.addresses.waitMs(address, now)
        : this.devices.waitMs(device, DEVICE_CODE_FAILURES, now);
    return { device, issued, waitMs: Math.max(own, this.ceiling.waitMs(address, now)) };
  }

  /** An unknown code: it counts for the address (and the ceiling), and for the device if any. */
  fail(address: string, device: string | null, now: number): void {
    this.addresses.fail(address, now);
    this.ceiling.fail(address, now);
    if (device !== null) this.devices.fail(device, now);
  }
}
