import { describe, expect, it } from 'vitest';
import {
  JOIN_CODE_ALPHABET,
  JOIN_CODE_LENGTH,
  formatJoinCode,
  joinCodeFromBytes,
  normalizeJoinCode,
} from '@samenspel/shared';

describe('normalizeJoinCode', () => {
  it.each([
    ['K7W4PX', 'K7W4PX'],
    ['k7w4px', 'K7W4PX'],
    ['K7w-4pX', 'K7W4PX'],
    [' k7w 4px ', 'K7W4PX'],
    ['k-7-w - 4-p-x', 'K7W4PX'],
    ['K7W\t4PX', 'K7W4PX'],
  ])('reads %j as %s', (typed, code) => {
    expect(normalizeJoinCode(typed)).toBe(code);
  });

  it.each(['0', 'O', 'o', '1', 'I', 'i', 'L', 'l'])(
    'refuses the look-alike %s, which no code contains',
    (lookAlike) => {
      expect(normalizeJoinCode(`K7W4P${lookAlike}`)).toBeNull();
    },
  );

  it.each(['', 'K7W4P', 'K7W4PXA', 'K7W-4PX-2', '------'])('refuses %j (wrong length)', (typed) => {
    expect(normalizeJoinCode(typed)).toBeNull();
  });

  it('refuses other characters', () => {
    expect(normalizeJoinCode('K7W_4PX')).toBeNull();
    expect(normalizeJoinCode('K7W4P!')).toBeNull();
    expect(normalizeJoinCode('K7W4PÄ')).toBeNull();
  });
});

describe('JOIN_CODE_ALPHABET', () => {
  it('has no look-alikes and no repeats', () => {
    for (const lookAlike of '0O1IL') expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });
});

describe('joinCodeFromBytes', () => {
  it('yields only alphabet characters, for every possible byte', () => {
    const alphabet = new Set(JOIN_CODE_ALPHABET);
    for (let start = 0; start < 256; start += JOIN_CODE_LENGTH) {
      const bytes = Uint8Array.from({ length: JOIN_CODE_LENGTH }, (_, i) => (start + i) % 256);
      const code = joinCodeFromBytes(bytes);
      expect(code).toHaveLength(JOIN_CODE_LENGTH);
      for (const char of code) expect(alphabet.has(char), `${char} from ${bytes}`).toBe(true);
      // Whatever comes out can be typed back in.
      expect(normalizeJoinCode(code.toLowerCase())).toBe(code);
    }
  });

  it('maps each byte to the alphabet modulo its length, so the same bytes give the same code', () => {
    // 0 → A, 1 → B, 30 → 9 (the last), 31 → A again, 255 % 31 = 7 → H, 128 % 31 = 4 → E
    const bytes = Uint8Array.from([0, 1, 30, 31, 255, 128]);
    expect(joinCodeFromBytes(bytes)).toBe('AB9AHE');
    expect(joinCodeFromBytes(Uint8Array.from(bytes))).toBe('AB9AHE');
  });

  it('refuses too few bytes', () => {
    expect(() => joinCodeFromBytes(new Uint8Array(JOIN_CODE_LENGTH - 1))).toThrow();
  });
});

describe('formatJoinCode', () => {
  it('shows a code in two groups of three, and reads back', () => {
    expect(formatJoinCode('K7W4PX')).toBe('K7W-4PX');
    expect(normalizeJoinCode(formatJoinCode('K7W4PX'))).toBe('K7W4PX');
  });
});
