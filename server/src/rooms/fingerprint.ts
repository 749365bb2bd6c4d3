import { hash } from 'node:crypto';
import type { Command } from '@samenspel/shared';

/**
 * A short digest of what a command says, so a retry can be told apart from another command sent
 * under the same id without keeping the command itself.
 *
 * It digests the command as parsed at the boundary: the schema rebuilds every object in its own
 * key order, so the same command reads the same whichever order its sender wrote the keys in.
 * Free-form records (scale and statement values, the assignments of `roles.assign`) keep their
 * sender's order: our client retries by resending the very payload it sent under that id, so
 * that is enough. Every accepted command is fingerprinted, on the path of each vote: sorting the
 * keys ourselves made some 3 KB of garbage per vote.
 */
export function commandFingerprint(command: Command): string {
  return hash('sha256', JSON.stringify(command), 'base64url');
}
