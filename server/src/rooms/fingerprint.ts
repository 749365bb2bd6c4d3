import { hash } from 'node:crypto';
import type { Command } from '@samenspel/shared';

/**
 * A short digest of what a command says, whatever the order of its keys, so a retry can be told
 * apart from another command sent under the same id without keeping the command itself.
 * Every accepted command is fingerprinted, so this sits on the path of each vote: a one-shot
 * hash and a plain loop, no intermediate arrays.
 */
export function commandFingerprint(command: Command): string {
  return hash('sha256', canonicalJson(command), 'base64url');
}

/** JSON with every object's keys in order, so two equal values always read the same. */
export function canonicalJson(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i === 0 ? '' : ',') + canonicalJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined) continue;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
  }
  return `${out}}`;
}
