import { randomBytes } from 'node:crypto';

/** A whole programme with long texts fits easily; the global limit is for what anyone may send. */
export const PROGRAMME_BODY_LIMIT = 2 * 1024 * 1024;

/** Own programme ids and method ids: random, and of the shape ProgrammeIdSchema allows. */
export function newProgrammeId(prefix: 'p' | 'm'): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`;
}
