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

/** Addresses remembered at most; the oldest windows go first, so memory stays bounded. */
const MAX_ADDRESSES = 10_000;

interface Window {
  startedAt: number;
  failures: number;
}

/** Counts failed attempts per network address, in memory, within a bounded map. */
export class AddressLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly rule: LimitRule,
    private readonly maxAddresses = MAX_ADDRESSES,
  ) {}

  /** How long this address must wait before trying again; 0 when it may try now. */
  waitMs(address: string, now: number): number {
    const window = this.current(addressKey(address), now);
    if (!window || window.failures < this.rule.maxFailures) return 0;
    return window.startedAt + this.rule.windowMs - now;
  }

  fail(address: string, now: number): void {
    const key = addressKey(address);
    const window = this.current(key, now);
    if (window) {
      window.failures += 1;
      return;
    }
    this.windows.set(key, { startedAt: now, failures: 1 });
    // A Map iterates in insertion order: the first key has the oldest window.
    while (this.windows.size > this.maxAddresses) {
      this.windows.delete(this.windows.keys().next().value!);
    }
  }

  get size(): number {
    return this.windows.size;
  }

  private current(key: string, now: number): Window | undefined {
    const window = this.windows.get(key);
    if (window && now - window.startedAt >= this.rule.windowMs) {
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
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  // A trailing dotted IPv4 part stands for two groups.
  const rightGroups = right.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - rightGroups)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Whole seconds for a Retry-After header, at least one. */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
