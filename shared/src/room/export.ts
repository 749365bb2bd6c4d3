import { z } from 'zod/mini';
import { RoomEventSchema, type RoomEvent } from './events.js';
import { redactLog } from './redact.js';

/**
 * A session log as a file: the redacted events with a format version, importable into another
 * Samenspel instance for replay.
 */
export const LOG_FORMAT = 'samenspel-log';
export const LOG_FORMAT_VERSION = 1;

export const LogExportSchema = z.strictObject({
  format: z.literal(LOG_FORMAT),
  version: z.literal(LOG_FORMAT_VERSION),
  exportedAt: z.int(),
  /** Whether participants appear under their own names or as stable pseudonyms. */
  names: z.enum(['pseudonyms', 'names']),
  events: z.array(RoomEventSchema).check(z.minLength(1)),
});
export type LogExport = z.infer<typeof LogExportSchema>;

/** What stands in, without names, for a keukenbezoek partner a participant typed in. */
export const PARTNER_STAND_IN = '(naam weggelaten)';

/**
 * Replaces every name by a stable pseudonym ("Deelnemer 3" for the third to join); anonymous
 * participants stay anonymous. The same log always gives the same pseudonyms. A name typed as a
 * field (the partner of a keukenbezoek the room paired itself) is a name too, and is left out.
 */
export function pseudonymizeLog(events: readonly RoomEvent[], label = 'Deelnemer'): RoomEvent[] {
  let joined = 0;
  return events.map((event) => {
    if (
      event.type === 'answer_submitted' &&
      event.answer.kind === 'visit' &&
      event.answer.partner !== undefined
    ) {
      return { ...event, answer: { ...event.answer, partner: PARTNER_STAND_IN } };
    }
    if (event.type !== 'participant_joined') return event;
    joined++;
    return event.name === null ? event : { ...event, name: `${label} ${joined}` };
  });
}

/** The one way a log leaves the server: redacted always, pseudonymised unless names are chosen. */
export function exportLog(
  events: readonly RoomEvent[],
  options: { names: boolean; exportedAt: number },
): LogExport {
  const redacted = redactLog(events);
  return {
    format: LOG_FORMAT,
    version: LOG_FORMAT_VERSION,
    exportedAt: options.exportedAt,
    names: options.names ? 'names' : 'pseudonyms',
    events: options.names ? redacted : pseudonymizeLog(redacted),
  };
}
