import { html, type HtmlValue, type SafeHtml } from './html.js';
import { clockMinutes } from './format.js';
import type { SessionRecord } from './session.js';

/**
 * Who took part, as the report's cover says it: the participants whose answers count, how many
 * the facilitator removed (named only when the trainer asked for names), and when the room was
 * closed to new participants.
 */
export interface Membership {
  /** The "Deelnemers" fact. */
  participants: HtmlValue;
  /** The "Aanmelden" fact; null when the room was never closed. */
  joins: string | null;
  /** A sentence for "Over dit verslag"; empty when nobody was removed. */
  removedNote: SafeHtml | '';
}

/** The participants whose answers count: everyone who joined, but those removed. */
export function countedParticipants(session: SessionRecord): string[] {
  const { state } = session;
  return state.participantOrder.filter((id) => state.participants[id]?.presence !== 'removed');
}

export function membershipOf(session: SessionRecord): Membership {
  const { state } = session;
  const counted = countedParticipants(session);
  const removed = state.participantOrder.filter(
    (id) => state.participants[id]?.presence === 'removed',
  );
  const anonymous = counted.filter((id) => state.participants[id]?.name === null).length;
  const asides = [
    anonymous > 0 ? `waarvan ${anonymous} anoniem` : null,
    removed.length > 0 ? `${removed.length} uit de sessie gehaald` : null,
  ].filter((aside) => aside !== null);
  return {
    participants: html`${counted.length}${asides.map(
      (aside) => html`<span class="muted">${aside}</span>`,
    )}`,
    joins: session.closings.length === 0 ? null : closingsText(session),
    removedNote: removed.length === 0 ? '' : removedNote(session, removed),
  };
}

/** "gesloten van 10:32 tot 10:45, gesloten vanaf 11:10". */
function closingsText(session: SessionRecord): string {
  return session.closings
    .map(({ closedAt, openedAt }) =>
      openedAt === null
        ? `gesloten voor nieuwe deelnemers vanaf ${clockMinutes(closedAt)}`
        : `gesloten voor nieuwe deelnemers van ${clockMinutes(closedAt)} tot ${clockMinutes(openedAt)}`,
    )
    .join('; ');
}

function removedNote(session: SessionRecord, removed: readonly string[]): SafeHtml {
  const count = removed.length === 1 ? 'één deelnemer' : `${removed.length} deelnemers`;
  // A pseudonym says nothing the count does not; names only when the trainer asked for them.
  const who = session.names ? html` (${removed.map((id) => session.label(id)).join(', ')})` : '';
  return html`<p data-removed="${removed.length}">
    De workshopleider heeft ${count}${who} uit de sessie gehaald. Hun antwoorden tellen in dit
    verslag nergens mee: niet in de stemmen, de profielen, de reflecties of de voornemens.
  </p>`;
}
