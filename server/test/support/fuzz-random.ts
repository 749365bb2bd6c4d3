/**
 * Seeded randomness and hostile values for the fuzz test. Everything here is a pure function of
 * the seed, so a failing run comes back exactly with `FUZZ_SEED=<seed>`.
 */

/** The seed of this run: `FUZZ_SEED` when set (any integer), else a fixed one. */
export function fuzzSeed(): number {
  const raw = process.env.FUZZ_SEED;
  if (raw === undefined || raw === '') return 20_261_123;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, not "${raw}"`);
  return seed >>> 0;
}

/** mulberry32: small, fast and good enough to pick test input. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[Math.floor(this.next() * items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A derived generator, so one stream's length never shifts another's values. */
  fork(): Rng {
    return new Rng(Math.floor(this.next() * 4294967296));
  }
}

const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202e\u2066evil',
  '💥🙈',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%s%n%x',
  '__proto__',
  'constructor',
  'toString',
  'null',
  'undefined',
  'NaN',
  '1e309',
  '\ud800',
  'A'.repeat(65),
] as const;

const NASTY_NUMBERS = [0, -0, -1, 1.5, 7, 2 ** 31, -(2 ** 53), Number.MAX_VALUE, NaN, Infinity];

/** Keys that have tripped up parsers and object spreads elsewhere. */
export const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'x'];

export function nastyString(rng: Rng): string {
  return rng.chance(0.3) ? randomText(rng, rng.int(1, 80)) : rng.pick(NASTY_STRINGS);
}

export function randomText(rng: Rng, length: number): string {
  const alphabet = 'abcXYZ09 -_.:/\\"\'{}[]\u00e9\u4e2d\ud83d\ude00\n\t';
  let text = '';
  while (text.length < length) text += alphabet[rng.int(0, alphabet.length - 1)];
  return text.slice(0, length);
}

/** A string from `min` to `max` characters, mostly of one letter so its size is predictable. */
export function hugeString(rng: Rng, min: number, max: number): string {
  return rng.pick(['x', 'é', '0']).repeat(rng.int(min, max));
}

/**
 * An object with an own key `__proto__`, as a JSON parser makes it (an object literal would set
 * the prototype instead).
 */
export function withOwnKey(
  base: Record<string, unknown>,
  key: string,
  value: unknown,
): Record<string, unknown> {
  const copy: Record<string, unknown> = JSON.parse(JSON.stringify(base));
  // Binary anywhere in a message makes the client library copy it key by key, and a copy sets
  // the prototype instead: the value goes through JSON so the key arrives as sent.
  const plain: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
  Object.defineProperty(copy, key, {
    value: plain,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return copy;
}

/** Arrays and objects nested `depth` levels deep, about 3 bytes a level once serialised. */
export function deepNest(rng: Rng, depth: number): unknown {
  let value: unknown = rng.pick([1, 'deep', null, true]);
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Any value at all, of any type; `depth` bounds how far arrays and objects nest. */
export function junkValue(rng: Rng, depth = 2): unknown {
  switch (rng.int(0, 8)) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return rng.pick(NASTY_NUMBERS);
    case 3:
    case 4:
      return nastyString(rng);
    case 5:
      return depth <= 0
        ? []
        : Array.from({ length: rng.int(0, 4) }, () => junkValue(rng, depth - 1));
    case 6: {
      if (depth <= 0) return {};
      const entries = Array.from({ length: rng.int(0, 4) }, () => [
        rng.chance(0.3) ? rng.pick(NASTY_KEYS) : nastyString(rng),
        junkValue(rng, depth - 1),
      ]);
      return Object.fromEntries(entries);
    }
    case 7:
      return Buffer.from(Array.from({ length: rng.int(0, 64) }, () => rng.int(0, 255)));
    default:
      return deepNest(rng, rng.int(2, 40));
  }
}

/** A value that is of another kind than `original` and never null (null can be a valid name). */
export function wrongTyped(rng: Rng, original: unknown): unknown {
  const kind = (value: unknown) =>
    Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  const candidates: unknown[] = [
    rng.int(-5, 5),
    nastyString(rng),
    rng.chance(0.5),
    [nastyString(rng)],
    { [rng.pick(NASTY_KEYS)]: 1 },
    Buffer.from('00ff', 'hex'),
  ];
  const others = candidates.filter((value) => kind(value) !== kind(original));
  // A Buffer arrives as an object; never offer it in place of an object.
  return rng.pick(
    kind(original) === 'object' ? others.filter((value) => !Buffer.isBuffer(value)) : others,
  );
}
