import { describe, expect, it } from 'vitest';
import { BucketMap, TokenBucket } from '../src/socket/rate-limit.js';

describe('token buckets', () => {
  it('says how long until the next message may go', () => {
    const bucket = new TokenBucket(2, 10, 0);
    expect(bucket.take(0) && bucket.take(0)).toBe(true);
    expect(bucket.take(0)).toBe(false);
    expect(bucket.waitMs(0)).toBe(100);
    expect(bucket.waitMs(100)).toBe(0);
  });

  it('forgets only buckets that filled up again, so a busy participant’s debt is kept', () => {
    const buckets = new BucketMap(3, 1, 1000);
    for (let i = 0; i < 3; i++) buckets.get('busy', 0).take(0);
    buckets.get('idle', 0).take(0);
    // At 1.5 s the idle one is full again (one token back), the busy one is not.
    buckets.get('other', 1500);
    expect(buckets.size).toBe(2);
    expect(buckets.get('busy', 1500).take(1500)).toBe(true);
    expect(buckets.get('busy', 1500).take(1500)).toBe(false);
  });
});
