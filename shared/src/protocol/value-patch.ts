import { z } from 'zod/mini';

/**
 * What changed between two JSON values, part by part: `{ "=": v }` replaces a value whole;
 * `{ o: { key: patch }, d: [keys] }` changes an object's keys and deletes others;
 * `{ a: { index: patch }, n }` changes an array's items by position (new ones at the end
 * included) and gives its new length. Lists that only grow or change in place (who answered,
 * reflections, the people in the room) so cost what changed, not their whole length.
 *
 * Applying a patch sets values, never adds to them, so applying it to any state whose parts
 * it leaves alone are already as they should be gives the same result.
 */
export type ValuePatch =
  | { '=': unknown }
  | { o: Record<string, ValuePatch>; d?: string[] }
  | { a: Record<string, ValuePatch>; n: number };

/** Keys that would reach an object's prototype rather than the object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SafeKeySchema = z.string().check(z.refine((key) => !UNSAFE_KEYS.has(key), 'not a data key'));

export const ValuePatchSchema: z.ZodMiniType<ValuePatch> = z.lazy(() =>
  z.union([
    z.strictObject({ '=': z.unknown() }),
    z.strictObject({
      o: z.record(SafeKeySchema, ValuePatchSchema),
      d: z.optional(z.array(SafeKeySchema)),
    }),
    z.strictObject({
      a: z.record(z.string().check(z.regex(/^\d{1,6}$/)), ValuePatchSchema),
      n: z.int().check(z.minimum(0), z.maximum(1_000_000)),
    }),
  ]),
);

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The console's views are diffed on every update of every room, so these walk the values
// without making arrays or closures: the garbage they made was a fifth of what a vote burst
// allocated (measured with `BENCH_HEAP_PROF` on `pnpm bench load`). The values are plain JSON
// objects, so `for…in` sees exactly their own keys.

/** Whether two JSON values are the same (key order aside). */
export function sameValue(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!sameValue(a[index], b[index])) return false;
    }
    return true;
  }
  if (!isObject(a) || !isObject(b)) return false;
  // A key whose value is undefined is not sent at all, so it does not count.
  let keys = 0;
  for (const key in a) {
    const value = a[key];
    if (value === undefined) continue;
    const other = b[key];
    if (other === undefined || !sameValue(value, other)) return false;
    keys++;
  }
  for (const key in b) if (b[key] !== undefined) keys--;
  return keys === 0;
}

/** The patch from `before` to `after`; null when they are the same. One walk over both. */
export function diffValue(before: Json, after: Json): ValuePatch | null {
  if (before === after) return null;
  if (isObject(before) && isObject(after)) return diffObject(before, after);
  if (Array.isArray(before) && Array.isArray(after)) return diffArray(before, after);
  // Different kinds, or two different primitives.
  return { '=': after };
}

function diffObject(before: Record<string, Json>, after: Record<string, Json>): ValuePatch | null {
  let o: Record<string, ValuePatch> | null = null;
  for (const key in after) {
    const value = after[key];
    if (value === undefined) continue;
    const prior = before[key];
    const change = prior === undefined ? { '=': value } : diffValue(prior, value);
    if (change) (o ??= {})[key] = change;
  }
  let d: string[] | null = null;
  for (const key in before) {
    if (before[key] !== undefined && after[key] === undefined) (d ??= []).push(key);
  }
  if (!o && !d) return null;
  return d ? { o: o ?? {}, d } : { o: o ?? {} };
}

function diffArray(before: readonly Json[], after: readonly Json[]): ValuePatch | null {
  let a: Record<string, ValuePatch> | null = null;
  let changed = 0;
  for (let index = 0; index < after.length; index++) {
    const item = after[index];
    const change = index < before.length ? diffValue(before[index], item) : { '=': item };
    if (change) {
      (a ??= {})[index] = change;
      changed++;
    }
  }
  if (!a && before.length === after.length) return null;
  // A list that shifted (someone in the middle went) is cheaper sent again whole.
  const kept = Math.min(before.length, after.length);
  if (kept > 0 && changed - (after.length - kept) > kept / 2) return { '=': after };
  return { a: a ?? {}, n: after.length };
}

/** `value` with `patch` applied; `value` itself is not changed. */
export function applyValue(value: Json, patch: ValuePatch): Json {
  if ('=' in patch) return patch['='];
  if ('o' in patch) {
    const out: Record<string, Json> = isObject(value) ? { ...value } : {};
    for (const [key, change] of Object.entries(patch.o)) {
      if (UNSAFE_KEYS.has(key)) throw new Error(`not a data key: ${key}`);
      out[key] = applyValue(out[key], change);
    }
    for (const key of patch.d ?? []) delete out[key];
    return out;
  }
  const out: Json[] = Array.isArray(value) ? value.slice(0, patch.n) : [];
  for (const [index, change] of Object.entries(patch.a)) {
    const at = Number(index);
    if (at >= patch.n) throw new Error(`item ${at} is past the list's length ${patch.n}`);
    out[at] = applyValue(out[at], change);
  }
  for (let at = 0; at < patch.n; at++) {
    if (!(at in out)) throw new Error('the patch leaves a gap in a list');
  }
  return out;
}
