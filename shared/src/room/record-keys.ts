import { z } from 'zod/mini';

/**
 * Ids key records (participants, answers, runs, roles), so an id that names a property every
 * plain object already has (`__proto__`, `constructor`, `toString`, …) would read or write that
 * property instead of an entry: `participants['constructor']` is a function, not "nobody".
 * Such ids are refused wherever an id enters (commands, scenarios, imported logs).
 */
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedKey(id: string): boolean {
  return INHERITED.has(id);
}

export const RESERVED_KEY_MESSAGE = 'this id is reserved: it names a property of every object';

/** Any id that keys a record: never one of Object.prototype's own names. */
export const RecordKeySchema = z
  .string()
  .check(z.refine((id) => !isReservedKey(id), { message: RESERVED_KEY_MESSAGE }));
