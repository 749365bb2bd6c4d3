import { describe, expect, it } from 'vitest';
import {
  AddressLimiter,
  addressKey,
  retryAfterSeconds,
  siteKey,
} from '../src/http/address-limiter.js';

describe('per-address limiter', () => {
  const rule = { maxFailures: 3, windowMs: 60_000 };

  it('stops an address after its failures until the window is over, and no other address', () => {
    const limiter = new AddressLimiter(rule);
    for (let i = 0; i < 3; i++) {
      expect(limiter.waitMs('10.0.0.1', 1000 + i)).toBe(0);
      limiter.fail('10.0.0.1', 1000 + i);
    }
    expect(limiter.waitMs('10.0.0.1', 11_000)).toBe(50_000);
    expect(limiter.waitMs('10.0.0.2', 11_000)).toBe(0);
    expect(limiter.waitMs('10.0.0.1', 61_000)).toBe(0);
    limiter.fail('10.0.0.1', 61_000);
    expect(limiter.waitMs('10.0.0.1', 61_001)).toBe(0);
  });

  it('remembers a bounded number of addresses, forgetting the oldest first', () => {
    const limiter = new AddressLimiter(rule, 100);
    for (let i = 0; i < 5000; i++) limiter.fail(`10.1.${Math.floor(i / 256)}.${i % 256}`, i);
    expect(limiter.size).toBe(100);
    for (let i = 0; i < 3; i++) limiter.fail('192.168.1.1', 6000);
    expect(limiter.waitMs('192.168.1.1', 6001)).toBeGreaterThan(0);
  });

  it('counts an IPv6 subscriber by its /64 and a mapped IPv4 address as IPv4', () => {
    expect(addressKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    const limiter = new AddressLimiter(rule);
    for (const host of ['1', '2', '3']) limiter.fail(`2001:db8:1:2::${host}`, 0);
    expect(limiter.waitMs('2001:db8:1:2:ffff::9', 1)).toBeGreaterThan(0);
  });

  it('stops an IPv6 site that spreads its guesses over many /64s at sixteen times the limit', () => {
    expect(siteKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1::/48');
    expect(siteKey('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(siteKey('::ffff:127.0.0.1')).toBeNull();
    expect(siteKey('10.0.0.1')).toBeNull();
    const limiter = new AddressLimiter(rule);
    const subnet = (n: number) => `2001:db8:1:${n.toString(16)}::1`;
    for (let n = 0; n < 3 * 16; n++) {
      expect(limiter.waitMs(subnet(n), n)).toBe(0);
      limiter.fail(subnet(n), n);
    }
    expect(limiter.waitMs(subnet(1000), 100)).toBeGreaterThan(0);
    expect(limiter.waitMs('2001:db8:2:1::1', 100)).toBe(0);
    expect(limiter.waitMs(subnet(1000), 60_000)).toBe(0);
  });

  it('keeps a blocked site blocked however many other addresses fail', () => {
    const limiter = new AddressLimiter(rule, 100);
    for (let n = 0; n < 3 * 16; n++) limiter.fail(`2001:db8:7:${n}::1`, 0);
    for (let i = 0; i < 5000; i++) limiter.fail(`10.2.${Math.floor(i / 256)}.${i % 256}`, 1);
    expect(limiter.size).toBe(100);
    expect(limiter.waitMs('2001:db8:7:ffff::1', 2)).toBeGreaterThan(0);
  });

  it('rounds Retry-After up to whole seconds', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(59_001)).toBe(60);
  });
});
