import { describe, expect, it } from 'vitest';
import { fitScale, MIN_SCALE, PRECISION } from '../src/screens/presenter/fitScale';

/**
 * A box whose text fits up to `limit`, counting how often it was measured. Past the limit the
 * text overflows by (scale / limit) ^ power: power 1 for lines that keep their length, 2 for
 * text that wraps to more lines as it grows. Within it, it reports a little room, as a
 * browser's scrollHeight over clientHeight + 1 does.
 */
function box(limit: number, power = 2) {
  const box = {
    measured: 0,
    fits: (scale: number) => (box.measured++, scale <= limit ? 0.99 : (scale / limit) ** power),
  };
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

  it('stops at a box’s own floor (the projector’s 28 px), still shrinking down to it', () => {
    expect(fitScale(box(0.3).fits, 1, null, 0.73)).toBe(0.73);
    const scale = fitScale(box(0.8).fits, 1, null, 0.73);
    expect(scale).toBeLessThanOrEqual(0.8);
    expect(scale).toBeGreaterThan(0.8 - PRECISION);
    // A floor at the designed size: a long text keeps it (and turns pages); a short one grows.
    expect(fitScale(box(0.4).fits, 1.7, null, 1)).toBe(1);
    expect(fitScale(box(1.4).fits, 1.7, null, 1)).toBeGreaterThan(1.4 - PRECISION);
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

  it('aims at the size from how far the text overflows: a few measurements, not eight', () => {
    for (const power of [1, 1.5, 2]) {
      for (const limit of [0.47, 0.55, 0.63, 0.72, 0.81, 0.9, 0.97]) {
        const text = box(limit, power);
        const scale = fitScale(text.fits, 1, null);
        expect(scale, `limit ${limit}, power ${power}`).toBeLessThanOrEqual(limit);
        expect(scale, `limit ${limit}, power ${power}`).toBeGreaterThan(limit - PRECISION);
        expect(text.measured, `limit ${limit}, power ${power}`).toBeLessThanOrEqual(5);
      }
    }
  });

  it('finds the size, if in more measurements, for text that grows faster than it aims for', () => {
    for (const limit of [0.47, 0.63, 0.81, 0.97]) {
      const steep = box(limit, 3);
      const scale = fitScale(steep.fits, 1, null);
      expect(scale).toBeLessThanOrEqual(limit);
      expect(scale).toBeGreaterThan(limit - PRECISION);
    }
  });

  it('still finds the size when the overflow jumps, as when a word moves to a new line', () => {
    for (const limit of [0.5, 0.66, 0.83]) {
      let measured = 0;
      // A whole line more past every 0.1 of scale: the ratio says little about where the limit is.
      const jumpy = (scale: number) => {
        measured++;
        return scale <= limit ? 0.99 : 1 + 0.2 * Math.ceil((scale - limit) * 10);
      };
      const scale = fitScale(jumpy, 1, null);
      expect(scale).toBeLessThanOrEqual(limit);
      expect(scale).toBeGreaterThan(limit - PRECISION);
      expect(measured).toBeLessThanOrEqual(16);
    }
  });
});
