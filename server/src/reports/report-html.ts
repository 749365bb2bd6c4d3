import { createHash } from 'node:crypto';
import { html, SafeHtml, type HtmlValue } from './html.js';
import { clockMinutes, durationText, longDate } from './format.js';
import { REPORT_STYLES } from './report-styles.js';
import { membershipOf } from './membership.js';
import type { SessionRecord } from './session.js';
import { idealTypesSection } from './sections/ideal-types.js';
import { programmeSection } from './sections/programme.js';
import { practiceSection } from './sections/practice.js';
import { questionsSection } from './sections/questions.js';
import type { Section } from './sections/section.js';
import { intentionsSection, reflectionsSection, visitsSection } from './sections/writing.js';

/**
 * The Content-Security-Policy of the report: its own inline styles and nothing else. It is sent as
 * a header and written into the page too, so a downloaded copy opened from disk keeps it.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** The report's one style element, written exactly so; its hash lets the app's CSP allow it. */
const REPORT_STYLE_ELEMENT = new SafeHtml(`<style>${REPORT_STYLES}</style>`);

/**
 * The library opens a report as a blob: page, which inherits the app's Content-Security-Policy;
 * this hash lets that policy allow the report's style element and no other inline style.
 */
export const REPORT_STYLE_HASH = `'sha256-${createHash('sha256').update(REPORT_STYLES).digest('base64')}'`;

/**
 * The printable session report for the client: a cover, the programme planned against actual,
 * the votes and scales, the group's ideal-type spread, reflections, the number of intentions and of keukenbezoeken agreed.
 * One self-contained Dutch HTML page (A4 print styles, inline SVG, no scripts, no external
 * files); every participant's text goes through the escaping `html` template.
 */
export function renderReport(session: SessionRecord, options: { generatedAt: number }): string {
  const { state } = session;
  const sections = [
    programmeSection(session),
    practiceSection(session),
    questionsSection(session),
    idealTypesSection(session),
    reflectionsSection(session),
    intentionsSection(session),
    visitsSection(session),
  ].filter((section): section is Section => section !== null);
  const title = ['Sessieverslag', state.scenario.title, state.groupName]
    .filter((part) => part !== null)
    .join(' · ');
  return html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        ${REPORT_STYLE_ELEMENT}
      </head>
      <body>
        <p class="screen-only print-hint">
          Dit verslag is gemaakt om te printen: kies <strong>Afdrukken</strong> (Ctrl+P of ⌘P) en
          dan <strong>Opslaan als PDF</strong>, papierformaat A4.
        </p>
        <main>
          ${cover(session, sections, options.generatedAt)}
          ${sections.map(
            (section, i) =>
              html`<section
                class="chapter${section.newPage ? '' : ' chapter--follows'}"
                id="${section.id}"
              >
                <h2><span class="chapter-number">${i + 1}</span>${section.title}</h2>
                ${section.body}
              </section>`,
          )}
        </main>
      </body>
    </html> `.value;
}

function cover(
  session: SessionRecord,
  sections: readonly Section[],
  generatedAt: number,
): SafeHtml {
  const { state } = session;
  const startAt = session.startAt;
  const plannedMs = state.scenario.blocks.reduce((sum, b) => sum + b.minutes, 0) * 60_000;
  const membership = membershipOf(session);
  const facts: Array<[string, HtmlValue]> = [
    ['Datum', longDate(startAt ?? state.createdAt)],
    [
      'Tijd',
      startAt === null
        ? 'niet gestart'
        : `${clockMinutes(startAt)} – ${clockMinutes(session.endAt)}`,
    ],
    [
      'Duur',
      startAt === null
        ? '–'
        : html`${durationText(session.endAt - startAt)}<span class="muted"
              >gepland: ${durationText(plannedMs)}</span
            >`,
    ],
    ['Deelnemers', membership.participants],
    ...(membership.joins === null ? [] : [['Aanmelden', membership.joins] as [string, HtmlValue]]),
  ];
  const privacy = session.names
    ? 'Deelnemers staan in dit verslag onder de naam waarmee zij zich aanmeldden.'
    : 'Deelnemers staan in dit verslag niet met hun naam, maar onder een vaste schuilnaam: ‘Deelnemer’ met een volgnummer.';
  return html`<section class="cover">
    <p class="eyebrow">Sessieverslag</p>
    <h1>${state.scenario.title}</h1>
    ${state.groupName ? html`<p class="group">${state.groupName}</p>` : ''}
    <dl class="facts">
      ${facts.map(
        ([term, value]) =>
          html`<div>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${
      state.status !== 'ended'
        ? html`<p class="notice">
            Deze sessie was nog niet afgesloten toen het verslag werd samengesteld; alle cijfers
            gelden tot ${clockMinutes(generatedAt)}.
          </p>`
        : ''
    }
    <div class="about">
      <h2>Over dit verslag</h2>
      <p>
        Dit verslag is samengesteld uit het logboek dat Samenspel tijdens de sessie bijhield. Het
        laat zien hoe het programma verliep, hoe de groep stemde en hoe die stemmen verschoven, waar
        de groep staat ten opzichte van de drie ideaaltypen – de Bureaucraat, de Ondernemer en de
        Verbinder – en wat deelnemers in hun reflecties schreven.
      </p>
      <p>
        ${privacy} Reflecties op een anonieme vraag staan er zonder naam in. Reflecties die de
        workshopleider tijdens de sessie verborg, zijn weggelaten. Voornemens blijven persoonlijk:
        het verslag noemt alleen hoeveel er zijn opgeschreven.
      </p>
      ${membership.removedNote}
    </div>
    ${
      sections.length > 0
        ? html`<nav class="contents">
            <h2>Inhoud</h2>
            <ol>
              ${sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`)}
            </ol>
          </nav>`
        : ''
    }
    <p class="colophon">
      Samengesteld op ${longDate(generatedAt)} uit het sessielogboek van Samenspel · sessiecode
      ${state.code}
    </p>
  </section>`;
}
