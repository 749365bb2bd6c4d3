import { isIPv6 } from 'node:net';

/** At most `maxFailures` failed attempts per address in a fixed window of `windowMs`. */
export interface LimitRule {
  maxFailures: number;
  windowMs: number;
}

/** Passphrase guessing: a facilitator who mistypes a few times is never stopped. */
export const LOGIN_LIMIT: LimitRule = { maxFailures: 10, windowMs: 10 * 60_000 };

/**
 * Join-code guessing. Only unknown codes count, so a whole class behind one network address
 * joining with the right code is never stopped; 60 wrong codes in 10 minutes is far more than
 * mistyping, and far too few to find one of hundreds of millions of codes.
 */
export const JOIN_CODE_LIMIT: LimitRule = { maxFailures: 60, windowMs: 10 * 60_000 };

/**
 * Addresses (and sites) remembered at most; the least recently failed go first, so memory stays
 * bounded.
 */
const MAX_ADDRESSES = 10_000;

/**
 * An IPv6 site (a /48: one organisation) may fail this many times more than one of its /64s.
 * Whoever holds a /48 holds 65,536 /64s: counted by /64 alone, they could guess 65,536 times as
 * often, and push their own blocked windows out of the bounded map on the way.
 */
const SITE_FACTOR = 16;

interface Window {
  startedAt: number;
  failures: number;
}

/**
 * Counts attempts per network address (and per IPv6 site), in memory, in bounded maps: failed
 * guesses, or (for the join budget) joins. A `scope` (a room id) counts apart per scope.
 */
export class AddressLimiter {
  private readonly addresses: WindowMap;
  private readonly sites: WindowMap;

  constructor(
    private readonly rule: LimitRule,
    maxAddresses = MAX_ADDRESSES,
  ) {
    this.addresses = new WindowMap(rule.windowMs, maxAddresses);
    this.sites = new WindowMap(rule.windowMs, maxAddresses);
  }

  /** How long this address must wait before trying again; 0 when it may try now. */
  waitMs(address: string, now: number, scope = ''): number {
    const site = siteKey(address);
    return Math.max(
      this.addresses.waitMs(scope + addressKey(address), this.rule.maxFailures, now),
      site === null ? 0 : this.sites.waitMs(scope + site, this.rule.maxFailures * SITE_FACTOR, now),
    );
  }

  fail(address: string, now: number, scope = ''): void {
    this.addresses.fail(scope + addressKey(address), now);
    const site = siteKey(address);
    if (site !== null) this.sites.fail(scope + site, now);
  }

  /** Addresses remembered (IPv6 sites not counted). */
  get size(): number {
    return this.addresses.size;
  }
}

/** Fixed windows of failures per key, at most `maxKeys`; the least recently failed go first. */
export class WindowMap {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  waitMs(key: string, maxFailures: number, now: number): number {
    const window = this.current(key, now);
    if (!window || window.failures < maxFailures) return 0;
    return window.startedAt + this.windowMs - now;
  }

  fail(key: string, now: number, count = 1): void {
    const window = this.current(key, now) ?? { startedAt: now, failures: 0 };
    window.failures += count;
    // Set anew so a Map's insertion order puts the least recently failed key first.
    this.windows.delete(key);
    this.windows.set(key, window);
    while (this.windows.size > this.maxKeys) {
      this.windows.delete(this.windows.keys().next().value!);
    }
  }

  get size(): number {
    return this.windows.size;
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && now - window.startedAt >= this.windowMs) {
      this.windows.delete(key);
      return undefined;
    }
    return window;
  }
}

/**
 * The key an address is counted under. One IPv6 subscriber usually holds a whole /64, so an
 * IPv6 address counts by its first four groups; an IPv4 address written as IPv6 counts as IPv4.
 */
export function addressKey(address: string): string {
  const groups = ipv6Groups(address);
  return groups === null ? ipv4Of(address) : `${groups.slice(0, 4).join(':')}::/64`;
}

/** The IPv6 site (/48) an address belongs to; null for IPv4. */
export function siteKey(address: string): string | null {
  const groups = ipv6Groups(address);
  return groups === null ? null : `${groups.slice(0, 3).join(':')}::/48`;
}

function ipv4Of(address: string): string {
  return /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;
}

/** The first four groups of an IPv6 address, without leading zeros; null for IPv4 (mapped too). */
function ipv6Groups(address: string): string[] | null {
  if (!isIPv6(address) || /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) return null;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  // A trailing dotted IPv4 part stands for two groups.
  const rightGroups = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - rightGroups)).fill('0'), ...right]
    : left;
  return groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, ''));
}

/** Whole seconds for a Retry-After header, at least one. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
