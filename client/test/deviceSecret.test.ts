// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { DeviceSecretSchema } from '@samenspel/shared';
import { deviceSecrets } from '../src/net/storage';

beforeEach(() => localStorage.clear());

/** The secret a phone proves a retried join with: made once per room, kept on the device. */
describe('device secret', () => {
  it('is made before the first join, kept in localStorage and the same on every join after', () => {
    expect(localStorage.getItem('samenspel.device.K7W4PX')).toBeNull();
    const first = deviceSecrets.get('K7W4PX');
    expect(DeviceSecretSchema.safeParse(first).success).toBe(true);
    expect(first.length).toBeGreaterThanOrEqual(43);
    expect(localStorage.getItem('samenspel.device.K7W4PX')).toBe(first);
    // A reload reads it back rather than making a new one.
    expect(deviceSecrets.get('K7W4PX')).toBe(first);
  });

  it('differs per room and per device, so nothing links a phone across sessions', () => {
    const here = deviceSecrets.get('K7W4PX');
    const there = deviceSecrets.get('QRSTUV');
    expect(there).not.toBe(here);
    localStorage.clear();
    expect(deviceSecrets.get('K7W4PX')).not.toBe(here);
  });

  it('replaces a damaged stored value with a fresh secret', () => {
    localStorage.setItem('samenspel.device.K7W4PX', 'kort');
    const made = deviceSecrets.get('K7W4PX');
    expect(made).not.toBe('kort');
    expect(DeviceSecretSchema.safeParse(made).success).toBe(true);
  });
});
