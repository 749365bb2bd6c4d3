import { createHash } from 'node:crypto';
import type { Command } from '@samenspel/shared';

/**
 * A short digest of what a command says, whatever the order of its keys, so a retry can be told
 * apart from another command sent under the same id without keeping the command itself.
 */
export function commandFingerprint(command: Command): string {
  return createHash('sha256').update(canonicalJson(command)).digest('base64url');
}

/** JSON with every object's keys in order, so two equal values always read the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
