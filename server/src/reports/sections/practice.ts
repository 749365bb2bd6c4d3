import { casesOf, voteCounts, type PracticeAnswer } from '@samenspel/shared';
import { html, type SafeHtml } from '../html.js';
import { counted } from '../format.js';
import type { SessionRecord } from '../session.js';
import type { Section } from './section.js';

/**
 * The cases from the room's own practice: how many dossiers came in, the shortlist with its
 * votes, and the case the room played, in the words the room saw. The dossiers themselves only
 * the facilitator read, some with a name, so they stay out of a report that goes round.
 */
export function practiceSection(session: SessionRecord): Section | null {
  const articles: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'practice') continue;
    const run = session.state.runs[block.id];
    if (!run) continue;
    const answers = Object.values(run.answers).filter(
      (a): a is PracticeAnswer => a.kind === 'practice',
    );
    const sent = answers.filter((a) => a.case !== undefined).length;
    const cases = casesOf(run);
    const counts = voteCounts(cases.candidates, answers);
    const voters = Object.values(counts).reduce((sum, n) => sum + n, 0);
    const shortlist = cases.candidates.map(
      (c) =>
        html`<li>
          <strong>${c.title}</strong>:
          ${counted(counts[c.id] ?? 0, 'stem', 'stemmen')}${cases.chosen?.id === c.id ? html` <span class="tag">Gekozen</span>` : ''}
        </li>`,
    );
    articles.push(
      html`<article class="practice" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="figure-line">
          <strong data-count="dossiers">${sent}</strong>
          ${sent === 1 ? 'dossier' : 'dossiers'}
          ingestuurd${cases.candidates.length > 0 ? `, ${counted(cases.candidates.length, 'casus', 'casussen')} op de shortlist` : ''}${voters > 0 ? `, ${counted(voters, 'stem', 'stemmen')} uitgebracht` : ''}.
        </p>
        ${
          shortlist.length > 0
            ? html`<ul>
                ${shortlist}
              </ul>`
            : ''
        }
        ${
          cases.chosen
            ? html`<div class="chosen-case" data-testid="chosen-case">
                <h4>Gespeeld: ${cases.chosen.title}</h4>
                <blockquote>${cases.chosen.text}</blockquote>
              </div>`
            : html`<p class="small">
                Er is geen casus gekozen: de rondes speelden de casus van het programma.
              </p>`
        }
      </article>`,
    );
  }
  if (articles.length === 0) return null;
  const body = html`${articles}
    <p class="small">
      De ingestuurde dossiers zelf las alleen de workshopleider; ze staan daarom niet in dit
      verslag. Wie welk dossier instuurde of op welke casus stemde, is nergens vastgelegd.
    </p>`;
  return { id: 'praktijk', title: 'Casussen uit de praktijk', body, newPage: false };
}
