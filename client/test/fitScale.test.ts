import { describe, expect, it } from 'vitest';
import { fitScale, MIN_SCALE, PRECISION } from '../src/screens/presenter/fitScale';

/** A box whose text fits up to `limit`, counting how often it was measured. */
function box(limit: number) {
  const box = { measured: 0, fits: (scale: number) => (box.measured++, scale <= limit) };
  return box;
}

describe('the projector text fitted to its box', () => {
  it('keeps the designed size when the text fits, measuring once', () => {
    const roomy = box(1.4);
    expect(fitScale(roomy.fits, 1, null)).toBe(1);
    expect(roomy.measured).toBe(1);
  });

  it('shrinks a long text to the largest size that fits, within a percent', () => {
    for (const limit of [0.5, 0.63, 0.8, 0.99]) {
      const scale = fitScale(box(limit).fits, 1, null);
      expect(scale).toBeLessThanOrEqual(limit);
      expect(scale).toBeGreaterThan(limit - PRECISION);
    }
  });

  it('lets a short text grow up to its limit', () => {
    expect(fitScale(box(1.3).fits, 1.5, null)).toBeGreaterThan(1.3 - PRECISION);
    expect(fitScale(box(3).fits, 1.5, null)).toBe(1.5);
  });

  it('never goes below the smallest readable size', () => {
    expect(fitScale(box(0.1).fits, 1, null)).toBe(MIN_SCALE);
  });

  it('starting from the last scale, settles a small change in two measurements', () => {
    const same = box(0.72);
    const first = fitScale(same.fits, 1, null);
    same.measured = 0;
    expect(fitScale(same.fits, 1, first)).toBe(first);
    expect(same.measured).toBe(2);
    // A longer text: the old scale no longer fits, and the new one is found below it.
    const longer = box(0.6);
    const scale = fitScale(longer.fits, 1, first);
    expect(scale).toBeLessThanOrEqual(0.6);
    expect(scale).toBeGreaterThan(0.6 - PRECISION);
    // A shorter one: found above it.
    const shorter = box(0.9);
    expect(fitScale(shorter.fits, 1, first)).toBeGreaterThan(0.9 - PRECISION);
  });
});
