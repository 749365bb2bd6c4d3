import { ParticipantViewSchema, type ParticipantView } from '@samenspel/shared';
import { local, parseStored } from './durable';

const keyOf = (code: string) => `samenspel.lastView.${code}`;

/**
 * The last view the server sent this phone in a room, kept so that a reload on dead Wi-Fi shows
 * the open block (its text, the phone's own drafts and unsent answers) instead of a blank
 * "connecting" page. Only this phone's own view, on its own device; it is forgotten with the
 * token. Read back through the schema: a damaged or outdated entry reads as nothing.
 */
export const lastParticipantView = {
  get(code: string): ParticipantView | null {
    const raw = local.get(keyOf(code));
    if (raw === null) return null;
    const parsed = ParticipantViewSchema.safeParse(parseStored(raw));
    return parsed.success && parsed.data.room.code === code ? parsed.data : null;
  },
  set(code: string, view: ParticipantView): void {
    local.set(keyOf(code), JSON.stringify(view));
  },
  forget(code: string): void {
    local.remove(keyOf(code));
  },
};
