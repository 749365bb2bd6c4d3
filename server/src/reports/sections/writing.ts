import { html, type SafeHtml } from '../html.js';
import { reflectionsOf } from '../rows.js';
import { countedParticipants } from '../membership.js';
import { counted } from '../format.js';
import type { SessionRecord } from '../session.js';
import type { Section } from './section.js';

/**
 * What participants wrote: hidden reflections left out, anonymous ones without a name (the
 * redacted log has none to give), named ones with the name or pseudonym.
 */
export function reflectionsSection(session: SessionRecord): Section | null {
  const articles: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'reflection') continue;
    const shown = reflectionsOf(session, block).filter((entry) => !entry.hidden);
    if (shown.length === 0) continue;
    const items = shown.map((entry) => {
      const by =
        entry.author || entry.highlighted
          ? html`<p class="by">
              ${entry.author ? html`<span class="author">${entry.author.label}</span>` : ''}${entry.highlighted ? html`<span class="tag">Uitgelicht in de sessie</span>` : ''}
            </p>`
          : '';
      return html`<li class="${entry.highlighted ? 'highlighted' : ''}">
        <blockquote>${entry.text}</blockquote>
        ${by}
      </li>`;
    });
    articles.push(
      html`<article class="reflections" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="meta">
          ${shown.length}
          ${shown.length === 1 ? 'reflectie' : 'reflecties'}${block.anonymous ? ', anoniem gegeven en daarom zonder naam' : ''}.
        </p>
        <ul class="quotes">
          ${items}
        </ul>
      </article>`,
    );
  }
  if (articles.length === 0) return null;
  const body = html`<p>
      Wat deelnemers schreven, in hun eigen woorden. Antwoorden die de workshopleider tijdens de
      sessie op het scherm uitlichtte, zijn gemarkeerd.
    </p>
    ${articles}`;
  return { id: 'reflecties', title: 'Reflecties', body, newPage: true };
}

/** Intentions are personal: the group report only counts them. */
export function intentionsSection(session: SessionRecord): Section | null {
  const participants = countedParticipants(session).length;
  const articles: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'intentions') continue;
    let writers = 0;
    let count = 0;
    for (const answer of Object.values(session.state.runs[block.id]?.answers ?? {})) {
      if (answer.kind !== 'intentions' || answer.items.length === 0) continue;
      writers++;
      count += answer.items.length;
    }
    if (writers === 0) continue;
    articles.push(
      html`<article class="intentions" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="figure-line">
          <strong data-count="intentions">${count}</strong>
          ${count === 1 ? 'voornemen' : 'voornemens'}, opgeschreven door ${writers} van
          ${counted(participants, 'deelnemer', 'deelnemers')}.
        </p>
      </article>`,
    );
  }
  if (articles.length === 0) return null;
  const body = html`${articles}
    <p class="small">
      Wat iemand zich voorneemt, is persoonlijk. De voornemens zelf staan daarom niet in dit
      groepsverslag; ieder kreeg de eigen voornemens aan het eind van de sessie in het persoonlijke
      overzicht op de telefoon.
    </p>`;
  return { id: 'voornemens', title: 'Voornemens', body, newPage: false };
}

/**
 * The keukenbezoeken the pairs agreed: how many, by how many of the group, in how many pairs.
 * Where and with which question stays in each one's own summary and in the visits export, not in
 * the group report that goes to the client.
 */
export function visitsSection(session: SessionRecord): Section | null {
  const participants = countedParticipants(session).length;
  const articles: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'visit') continue;
    const run = session.state.runs[block.id];
    const agreed = Object.values(run?.answers ?? {}).filter((a) => a.kind === 'visit').length;
    if (agreed === 0) continue;
    const pairs = run?.groups?.length ?? null;
    articles.push(
      html`<article class="intentions" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="figure-line">
          <strong data-count="visits">${agreed}</strong>
          ${agreed === 1 ? 'afspraak' : 'afspraken'} voor een keukenbezoek, van
          ${counted(participants, 'deelnemer', 'deelnemers')}${pairs === null ? '' : `, in ${pairs} ${pairs === 1 ? 'koppel' : 'koppels'}`}.
        </p>
      </article>`,
    );
  }
  if (articles.length === 0) return null;
  const body = html`${articles}
    <p class="small">
      Bij wie en met welke vraag iemand op bezoek gaat, staat in ieders eigen overzicht op de
      telefoon en in de export van de keukenbezoeken, niet in dit groepsverslag.
    </p>`;
  return { id: 'keukenbezoeken', title: 'Keukenbezoeken', body, newPage: false };
}
