import type { PerType } from '@samenspel/shared';
import type { FrameLog } from './frames.js';

/** Something a screen must never be sent, and what it is, for the failure message. */
export interface Secret {
  what: string;
  text: string;
}

/** A text as it travels inside a JSON frame: quotes, newlines and backslashes escaped. */
export function onTheWire(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/**
 * The secrets that reached a page: one line per secret found in any frame it received, with
 * how many frames carried it. Empty when the page never heard any of them.
 */
export function leaks(log: FrameLog, secrets: readonly Secret[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    const wire = onTheWire(secret.text);
    const frames = log.received.filter((frame) => frame.raw.includes(wire)).length;
    if (frames > 0) found.push(`${log.label} received ${secret.what} in ${frames} frame(s)`);
  }
  return found;
}

const TYPES = ['bureaucraat', 'ondernemer', 'verbinder'] as const;

/**
 * Every per-type triple anywhere in a value: a profile's strength or share, a point in a spread,
 * a group mean. What a phone is sent of these says whose profile it holds.
 */
export function perTypeTriples(value: unknown): PerType[] {
  if (Array.isArray(value)) return value.flatMap(perTypeTriples);
  if (typeof value !== 'object' || value === null) return [];
  const keys = Object.keys(value);
  if (keys.length === TYPES.length && TYPES.every((type) => keys.includes(type))) {
    return [value as PerType];
  }
  return Object.values(value).flatMap(perTypeTriples);
}

export function sameTriple(a: PerType, b: PerType): boolean {
  return TYPES.every((type) => a[type] === b[type]);
}
