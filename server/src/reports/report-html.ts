import {
  IDEAL_TYPES,
  meanShare,
  perspectiveBefore,
  profileOf,
  questionRounds,
  resultsOf,
  strongestType,
  type Block,
  type IdealType,
  type PerType,
  type Profile,
} from '@samenspel/shared';
import { html, SafeHtml, type HtmlValue } from './html.js';
import { clockMinutes, decimal, durationText, longDate, percent } from './format.js';
import { KIND_LABEL, PERSPECTIVE_COLOUR, PERSPECTIVE_LABEL, TYPE_LABEL } from './labels.js';
import { reflectionsOf, timingsOf } from './rows.js';
import type { SessionRecord } from './session.js';
import {
  kindGroup,
  pollChart,
  scaleChart,
  shiftChart,
  TIMELINE_LEGEND,
  timelineChart,
  triangleChart,
  type PollSeries,
  type ScaleSeries,
  type TimelineSegment,
} from './svg.js';
import { REPORT_STYLES } from './report-styles.js';

/** The Content-Security-Policy the report is served with: its own inline styles and nothing else. */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

interface Section {
  id: string;
  title: string;
  body: SafeHtml;
}

/**
 * The printable session report for the client: cover, programme planned against actual, results
 * per question, the group's ideal-type spread, reflections and the number of intentions. One
 * self-contained HTML page (A4 print styles, inline SVG, no scripts, no external files); every
 * participant's text is escaped by the `html` template.
 */
export function renderReport(session: SessionRecord, options: { generatedAt: number }): string {
  const { state } = session;
  const sections = [
    programmeSection(session),
    resultsSection(session),
    idealTypesSection(session),
    reflectionsSection(session),
    intentionsSection(session),
  ].filter((section): section is Section => section !== null);

  const title = state.groupName
    ? `Sessieverslag · ${state.scenario.title} · ${state.groupName}`
    : `Sessieverslag · ${state.scenario.title}`;
  const page = html`<!doctype html>
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(REPORT_STYLES)}
        </style>
      </head>
      <body>
        <p class="screen-only print-hint">
          Dit verslag is gemaakt om te printen: kies <strong>Afdrukken</strong> (Ctrl+P of ⌘P) en
          dan <strong>Opslaan als PDF</strong>, formaat A4.
        </p>
        <main>
          ${cover(session, sections, options.generatedAt)}
          ${sections.map(
            (section, i) =>
              html`<section class="chapter" id="${section.id}">
                <h2><span class="chapter-number">${i + 1}</span>${section.title}</h2>
                ${section.body}
              </section>`,
          )}
          <footer class="colophon">
            Samengesteld op ${longDate(options.generatedAt)} uit het sessielogboek van Samenspel
            (sessiecode ${state.code}).
          </footer>
        </main>
      </body>
    </html> `;
  return page.value;
}

// ───────────────────────────── cover ─────────────────────────────

function cover(
  session: SessionRecord,
  sections: readonly Section[],
  generatedAt: number,
): SafeHtml {
  const { state } = session;
  const startAt = session.startAt;
  const plannedMin = state.scenario.blocks.reduce((sum, b) => sum + b.minutes, 0);
  const participants = state.participantOrder.length;
  const anonymous = state.participantOrder.filter(
    (id) => state.participants[id]?.name === null,
  ).length;
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
        ? '—'
        : html`${durationText(session.endAt - startAt)}
            <span class="muted">(gepland ${durationText(plannedMin * 60_000)})</span>`,
    ],
    [
      'Deelnemers',
      html`${participants}${anonymous > 0 ? html` <span class="muted">(waarvan ${anonymous} anoniem)</span>` : ''}`,
    ],
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
        workshopleider tijdens de sessie verborg, zijn weggelaten. Persoonlijke voornemens blijven
        persoonlijk: het verslag noemt alleen hoeveel er zijn opgeschreven.
      </p>
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
  </section>`;
}

// ───────────────────────────── programme ─────────────────────────────

function programmeSection(session: SessionRecord): Section | null {
  const timings = timingsOf(session);
  if (timings.length === 0) return null;
  const plannedMin = timings.reduce((sum, t) => sum + t.plannedMin, 0);
  const visited = timings.filter((t) => t.visits.length > 0);
  const actualMs = visited.reduce((sum, t) => sum + t.actualMs, 0);
  const actualMin = Math.round(actualMs / 60_000);

  const planned: TimelineSegment[] = [];
  let offset = 0;
  for (const t of timings) {
    planned.push({
      number: t.index + 1,
      kind: t.block.kind,
      startMs: offset,
      ms: t.plannedMin * 60_000,
    });
    offset += t.plannedMin * 60_000;
  }
  const first = session.visits[0]?.enteredAt ?? 0;
  const actual: TimelineSegment[] = session.visits.map((visit) => {
    const block = session.state.scenario.blocks[visit.blockIndex]!;
    return {
      number: visit.blockIndex + 1,
      kind: block.kind,
      startMs: visit.enteredAt - first,
      ms: visit.ms,
    };
  });

  const difference = actualMin - plannedMin;
  const summary =
    visited.length === 0
      ? 'Er is in deze sessie nog geen onderdeel behandeld.'
      : `${visited.length === timings.length ? 'Alle' : `${visited.length} van de`} ${timings.length} onderdelen kwamen aan bod. Samen namen ze ${durationText(actualMs)} in beslag, tegen ${durationText(plannedMin * 60_000)} gepland${
          difference === 0
            ? ', precies volgens plan.'
            : `: ${Math.abs(difference)} ${Math.abs(difference) === 1 ? 'minuut' : 'minuten'} ${difference > 0 ? 'langer' : 'korter'} dan voorzien.`
        }`;

  const revisits = timings.filter((t) => t.visits.length > 1).length;
  const rows = timings.map((t) => {
    const minutes = Math.round(t.actualMs / 60_000);
    const diff = minutes - t.plannedMin;
    const unseen = t.visits.length === 0;
    return html`<tr class="${unseen ? 'unseen' : ''}">
      <td class="num">${t.index + 1}</td>
      <td>
        <span class="swatch" style="background:${kindGroup(t.block.kind).fill}"></span
        >${t.block.title}
      </td>
      <td>${KIND_LABEL[t.block.kind]}</td>
      <td class="num">${t.plannedMin}</td>
      <td class="num">${unseen ? '–' : minutes}</td>
      <td class="num ${diff > 0 ? 'over' : diff < 0 ? 'under' : ''}">
        ${unseen ? '' : signed(diff)}
      </td>
      <td class="num">
        ${unseen ? 'niet behandeld' : t.visits.map((v) => clockMinutes(v.enteredAt)).join(' · ')}
      </td>
    </tr>`;
  });

  const body = html`<p>${summary}</p>
    <figure class="timeline" data-chart="timeline">
      ${timelineChart(planned, actual, 'Het programma als tijdlijn: gepland tegenover werkelijk')}
      <figcaption>
        <ul class="legend">
          ${TIMELINE_LEGEND.map((item) => html`<li><span class="swatch" style="background:${item.fill}"></span>${item.label}</li>`)}
        </ul>
        De nummers verwijzen naar de tabel
        hieronder.${revisits > 0 ? ' Een onderdeel dat later opnieuw op het scherm kwam, staat op de onderste balk meer dan eens.' : ''}
      </figcaption>
    </figure>
    <table class="programme" data-table="programme">
      <thead>
        <tr>
          <th class="num">Nr.</th>
          <th>Onderdeel</th>
          <th>Soort</th>
          <th class="num">Gepland<br /><span>min</span></th>
          <th class="num">Werkelijk<br /><span>min</span></th>
          <th class="num">Verschil<br /><span>min</span></th>
          <th class="num">Begin</th>
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
      <tfoot>
        <tr>
          <td></td>
          <td>Totaal</td>
          <td></td>
          <td class="num">${plannedMin}</td>
          <td class="num">${actualMin}</td>
          <td class="num">${visited.length > 0 ? signed(difference) : ''}</td>
          <td></td>
        </tr>
      </tfoot>
    </table>`;
  return { id: 'programma', title: 'Het programma: gepland en werkelijk', body };
}

function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

// ───────────────────────────── votes and scales ─────────────────────────────

type Question = Extract<Block, { kind: 'poll' | 'scale' }>;
interface Round {
  block: Question;
  index: number;
}

/** Every question in programme order, each with all the rounds in which it was asked. */
function questionChains(session: SessionRecord): Round[][] {
  const { scenario } = session.state;
  const chains = new Map<string, Round[]>();
  scenario.blocks.forEach((block, index) => {
    if (block.kind !== 'poll' && block.kind !== 'scale') return;
    const origin = questionRounds(scenario, index)[0]?.block.id ?? block.id;
    const chain = chains.get(origin) ?? [];
    chain.push({ block, index });
    chains.set(origin, chain);
  });
  return [...chains.values()];
}

const answeredCount = (session: SessionRecord, blockId: string) =>
  Object.keys(session.state.runs[blockId]?.answers ?? {}).length;

function roundLabel(session: SessionRecord, round: Round, i: number, of: number): string {
  const perspective = perspectiveBefore(session.state.scenario, round.index);
  const lens = perspective ? PERSPECTIVE_LABEL[perspective] : round.block.title;
  return of > 1 ? `Ronde ${i + 1} · ${lens}` : lens;
}

function roundColour(session: SessionRecord, round: Round, i: number): string {
  const perspective = perspectiveBefore(session.state.scenario, round.index);
  if (perspective) return PERSPECTIVE_COLOUR[perspective];
  return ['#24475e', '#6f8ea5', '#3d6b82', '#9fb4c4'][i % 4]!;
}

function resultsSection(session: SessionRecord): Section | null {
  const participants = session.state.participantOrder.length;
  const articles: SafeHtml[] = [];
  for (const chain of questionChains(session)) {
    const rounds = chain.filter((round) => answeredCount(session, round.block.id) > 0);
    const first = rounds[0];
    if (!first) continue;
    const blocks = rounds.map((r) => r.block.id).join(' ');
    const multi = rounds.length > 1;
    const roundList = multi
      ? html`<ol class="rounds">
          ${rounds.map((round, i) => {
            const perspective = perspectiveBefore(session.state.scenario, round.index);
            return html`<li>
              <strong>Ronde ${i + 1}</strong> –
              ${round.block.title}${perspective ? html`, na de casus door de bril van de ${PERSPECTIVE_LABEL[perspective]}` : ''}
              <span class="muted">(${answeredCount(session, round.block.id)} deelnemers)</span>
            </li>`;
          })}
        </ol>`
      : '';
    const single = multi
      ? ''
      : html`<p class="meta">
          ${answeredCount(session, first.block.id)} van ${participants} deelnemers
          ${first.block.kind === 'poll' ? 'stemden' : 'vulden deze vraag in'}${
            perspectiveBefore(session.state.scenario, first.index)
              ? html` · na de casus door de bril van de
                ${PERSPECTIVE_LABEL[perspectiveBefore(session.state.scenario, first.index)!]}`
              : ''
          }.
        </p>`;
    if (first.block.kind === 'poll') {
      const poll = first.block;
      const series: PollSeries[] = rounds.map((round, i) => {
        const results = resultsOf(round.block, session.state.runs[round.block.id]!);
        return {
          label: roundLabel(session, round, i, rounds.length),
          colour: roundColour(session, round, i),
          respondents: results?.kind === 'poll' ? results.respondents : 0,
          counts: results?.kind === 'poll' ? results.counts : {},
        };
      });
      articles.push(
        html`<article class="result" data-blocks="${blocks}">
          <h3>${poll.title}</h3>
          <p class="question">
            ${poll.question}${poll.multiple ? html` <span class="muted">(meer antwoorden mogelijk)</span>` : ''}
          </p>
          ${single}${roundList}
          <figure data-chart="poll">
            ${pollChart(poll.options, series, `Uitslag: ${poll.question}`)}
            <figcaption>${pollSummary(poll, series)}</figcaption>
          </figure>
        </article>`,
      );
    } else {
      const scale = first.block as Extract<Block, { kind: 'scale' }>;
      const series: ScaleSeries[] = rounds.map((round, i) => {
        const results = resultsOf(round.block, session.state.runs[round.block.id]!);
        return {
          label: roundLabel(session, round, i, rounds.length),
          colour: roundColour(session, round, i),
          statements: results?.kind === 'scale' ? results.statements : {},
        };
      });
      articles.push(
        html`<article class="result" data-blocks="${blocks}">
          <h3>${scale.title}</h3>
          <p class="question">
            Hoe sterk deelnemers het eens waren met
            ${scale.statements.length === 1 ? 'de uitspraak' : `${scale.statements.length} uitspraken`},
            op een schaal van 1 tot ${scale.points}.
          </p>
          ${single}${roundList}
          <figure data-chart="scale">
            ${scaleChart(scale.statements, scale.points, series, `Spreiding: ${scale.title}`)}
            ${multi ? html`<figcaption>${scaleSummary(scale, series)}</figcaption>` : ''}
          </figure>
        </article>`,
      );
    }
  }
  if (articles.length === 0) return null;
  const body = html`<p>
      Per vraag staat hieronder hoe de groep antwoordde. Percentages zijn berekend op het aantal
      deelnemers dat de vraag beantwoordde; wie van mening veranderde, telt met het laatste
      antwoord. Kwam een vraag in meer rondes terug, dan staan de rondes per antwoord onder elkaar,
      zodat te zien is hoe de groep verschoof.
    </p>
    ${articles}`;
  return { id: 'resultaten', title: 'Stemmingen en schaalvragen', body };
}

function pollSummary(
  poll: Extract<Block, { kind: 'poll' }>,
  series: readonly PollSeries[],
): SafeHtml {
  const top = (s: PollSeries) => {
    const best = Math.max(...poll.options.map((o) => s.counts[o.id] ?? 0));
    if (best === 0) return null;
    const winners = poll.options.filter((o) => (s.counts[o.id] ?? 0) === best);
    return { labels: winners.map((w) => `‘${w.label}’`), best, respondents: s.respondents };
  };
  const sentences = series.map((s, i) => {
    const t = top(s);
    if (!t) return '';
    const what =
      t.labels.length === 1
        ? t.labels[0]!
        : `${t.labels.slice(0, -1).join(', ')} en ${t.labels[t.labels.length - 1]!} (gelijk)`;
    const prefix = series.length > 1 ? `${s.label}: ` : 'Meest gekozen: ';
    return `${prefix}${what}, ${t.best} van ${t.respondents}.${i < series.length - 1 ? ' ' : ''}`;
  });
  return html`${sentences.join('')}`;
}

function scaleSummary(
  scale: Extract<Block, { kind: 'scale' }>,
  series: readonly ScaleSeries[],
): SafeHtml {
  const firstSeries = series[0]!;
  const lastSeries = series[series.length - 1]!;
  const moves = scale.statements.flatMap((statement) => {
    const a = firstSeries.statements[statement.id]?.mean;
    const b = lastSeries.statements[statement.id]?.mean;
    if (a == null || b == null) return [];
    return [html`<li>${statement.text}: gemiddeld ${decimal(a)} → ${decimal(b)}</li>`];
  });
  return moves.length > 0
    ? html`Van de eerste naar de laatste ronde:
        <ul class="moves">
          ${moves}
        </ul>`
    : html``;
}

// ───────────────────────────── ideal types ─────────────────────────────

interface ListResult {
  block: Extract<Block, { kind: 'statements' }>;
  /** Finished lists only, per participant. */
  profiles: Map<string, Profile>;
  started: number;
  mean: PerType | null;
}

function listResults(session: SessionRecord): ListResult[] {
  const { state } = session;
  return state.scenario.blocks.flatMap((block) => {
    if (block.kind !== 'statements') return [];
    const run = state.runs[block.id];
    const profiles = new Map<string, Profile>();
    let started = 0;
    for (const [participantId, answer] of Object.entries(run?.answers ?? {})) {
      if (answer.kind !== 'statements') continue;
      const profile = profileOf(block, answer.values);
      if (!profile) continue;
      started++;
      if (profile.answered === profile.total) profiles.set(participantId, profile);
    }
    if (started === 0) return [];
    return [{ block, profiles, started, mean: meanShare([...profiles.values()]) }];
  });
}

function meanOf(profiles: readonly Profile[], pick: (p: Profile) => PerType): PerType {
  const mean = (type: IdealType) =>
    profiles.length === 0
      ? 0
      : profiles.reduce((sum, p) => sum + pick(p)[type], 0) / profiles.length;
  return {
    bureaucraat: mean('bureaucraat'),
    ondernemer: mean('ondernemer'),
    verbinder: mean('verbinder'),
  };
}

function idealTypesSection(session: SessionRecord): Section | null {
  const lists = listResults(session);
  if (lists.length === 0) return null;
  const participants = session.state.participantOrder.length;
  const parts: SafeHtml[] = [
    html`<p>
      De stellingenlijst koppelt elke uitspraak aan één van de drie ideaaltypen. Uit de antwoorden
      volgt per deelnemer een profiel: hoe sterk elk type wordt onderschreven, en hoe de drie zich
      tot elkaar verhouden. In de driehoek is elke stip één deelnemer; hoe dichter bij een hoek, hoe
      sterker de voorkeur voor dat type, en het midden betekent dat geen type er duidelijk
      uitspringt. De oranje ring is het gemiddelde van de groep. Alleen volledig ingevulde lijsten
      tellen mee. Geen van de typen is beter dan een ander: een goede professional herkent ze alle
      drie en zet ze bewust in.
    </p>`,
  ];
  for (const list of lists) {
    const profiles = [...list.profiles.values()];
    const share = meanOf(profiles, (p) => p.share);
    const strength = meanOf(profiles, (p) => p.strength);
    const leaning = Object.fromEntries(IDEAL_TYPES.map((t) => [t, 0])) as Record<IdealType, number>;
    let level = 0;
    for (const profile of profiles) {
      const strongest = strongestType(profile);
      if (strongest) leaning[strongest]++;
      else level++;
    }
    const chart = triangleChart(
      profiles
        .map((p) => p.share)
        .sort((a, b) => a.bureaucraat - b.bureaucraat || a.ondernemer - b.ondernemer),
      list.mean,
      `Ideaaltypen in de groep: ${list.block.title}`,
    );
    parts.push(
      html`<article class="profile" data-blocks="${list.block.id}">
        <h3>${list.block.title}</h3>
        <p class="meta">
          ${profiles.length} van ${participants} deelnemers vulden de lijst volledig
          in${list.started > profiles.length ? ` (${list.started - profiles.length} gedeeltelijk; die tellen niet mee)` : ''}.
        </p>
        <div class="two-col">
          <figure class="triangle" data-chart="triangle">
            ${chart}
            <figcaption>
              <span class="key-dot"></span> één deelnemer <span class="key-ring"></span> gemiddelde
              van de groep
            </figcaption>
          </figure>
          <div>
            ${
              profiles.length === 0
                ? html`<p>Niemand vulde de lijst helemaal in, dus er is geen groepsbeeld.</p>`
                : html`<table class="types">
                      <thead>
                        <tr>
                          <th>Ideaaltype</th>
                          <th class="num">Aandeel</th>
                          <th class="num">Instemming</th>
                          <th class="num">Sterkste voorkeur</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${IDEAL_TYPES.map(
                          (type) =>
                            html`<tr>
                              <td>
                                <span
                                  class="swatch"
                                  style="background:${PERSPECTIVE_COLOUR[type]}"
                                ></span
                                >${TYPE_LABEL[type]}
                              </td>
                              <td class="num">${percent(share[type])}%</td>
                              <td class="num">${percent(strength[type])}%</td>
                              <td class="num">${leaning[type]}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                    <p class="small">
                      <strong>Aandeel</strong>: het gemiddelde deel van het profiel dat naar dit
                      type gaat (samen 100%). <strong>Instemming</strong>: hoe sterk de uitspraken
                      van dit type gemiddeld werden onderschreven, van 0% (overal helemaal oneens)
                      tot 100% (overal helemaal eens). <strong>Sterkste voorkeur</strong>: het
                      aantal deelnemers bij wie dit type het grootste aandeel
                      heeft${level > 0 ? `; bij ${level} ${level === 1 ? 'deelnemer' : 'deelnemers'} liggen twee of meer typen gelijk` : ''}.
                    </p>`
            }
          </div>
        </div>
      </article>`,
    );
  }
  const withMean = lists.filter((l) => l.mean !== null);
  if (withMean.length >= 2) parts.push(shiftArticle(withMean[0]!, withMean[withMean.length - 1]!));
  return { id: 'ideaaltypen', title: 'Ideaaltypen in de groep', body: html`${parts}` };
}

function shiftArticle(from: ListResult, to: ListResult): SafeHtml {
  const pairs: Array<[PerType, PerType]> = [];
  for (const [participantId, before] of from.profiles) {
    const after = to.profiles.get(participantId);
    if (after) pairs.push([before.share, after.share]);
  }
  const a = from.mean!;
  const b = to.mean!;
  const chart = shiftChart(
    a,
    b,
    pairs,
    `Verschuiving van ${from.block.title} naar ${to.block.title}`,
  );
  return html`<article class="profile shift" data-chart="shift">
    <h3>Verschuiving: van ‘${from.block.title}’ naar ‘${to.block.title}’</h3>
    <div class="two-col">
      <figure class="triangle">
        ${chart}
        <figcaption>
          <span class="key-ring key-ring--open"></span> ${from.block.title}
          <span class="key-ring"></span> ${to.block.title}
        </figcaption>
      </figure>
      <div>
        <table class="types">
          <thead>
            <tr>
              <th>Ideaaltype</th>
              <th class="num">${from.block.title}</th>
              <th class="num">${to.block.title}</th>
              <th class="num">Verschil</th>
            </tr>
          </thead>
          <tbody>
            ${IDEAL_TYPES.map((type) => {
              const diff = percent(b[type]) - percent(a[type]);
              return html`<tr>
                <td>
                  <span class="swatch" style="background:${PERSPECTIVE_COLOUR[type]}"></span
                  >${TYPE_LABEL[type]}
                </td>
                <td class="num">${percent(a[type])}%</td>
                <td class="num">${percent(b[type])}%</td>
                <td class="num">${signed(diff)} pp</td>
              </tr>`;
            })}
          </tbody>
        </table>
        <p class="small">
          De dikke pijl toont hoe het gemiddelde van de groep verschoof.
          ${
            pairs.length > 0
              ? `${pairs.length} ${pairs.length === 1 ? 'deelnemer vulde' : 'deelnemers vulden'} beide lijsten volledig in; hun eigen verschuiving staat als dunne grijze pijl in de driehoek.`
              : 'Niemand vulde beide lijsten volledig in, dus er zijn geen persoonlijke verschuivingen te tonen.'
          }
          Verschillen staan in procentpunten (pp) van het aandeel.
        </p>
      </div>
    </div>
  </article>`;
}

// ───────────────────────────── reflections ─────────────────────────────

function reflectionsSection(session: SessionRecord): Section | null {
  const articles: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'reflection') continue;
    const shown = reflectionsOf(session, block).filter((entry) => !entry.hidden);
    if (shown.length === 0) continue;
    articles.push(
      html`<article class="reflections" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="meta">
          ${shown.length}
          ${shown.length === 1 ? 'reflectie' : 'reflecties'}${block.anonymous ? ' · anoniem beantwoord, daarom zonder naam' : ''}.
        </p>
        <ul class="quotes">
          ${shown.map(
            (entry) =>
              html`<li class="${entry.highlighted ? 'highlighted' : ''}">
                <blockquote>${entry.text}</blockquote>
                ${
                  entry.highlighted || entry.author
                    ? html`<p class="by">
                        ${entry.author ? html`<span class="author">${entry.author.label}</span>` : ''}${entry.highlighted ? html`<span class="tag">Uitgelicht in de sessie</span>` : ''}
                      </p>`
                    : ''
                }
              </li>`,
          )}
        </ul>
      </article>`,
    );
  }
  if (articles.length === 0) return null;
  const body = html`<p>
      Wat deelnemers schreven, in hun eigen woorden. Antwoorden die de workshopleider op het scherm
      uitlichtte, zijn gemarkeerd.
    </p>
    ${articles}`;
  return { id: 'reflecties', title: 'Reflecties', body };
}

// ───────────────────────────── intentions ─────────────────────────────

function intentionsSection(session: SessionRecord): Section | null {
  const participants = session.state.participantOrder.length;
  const items: SafeHtml[] = [];
  for (const block of session.state.scenario.blocks) {
    if (block.kind !== 'intentions') continue;
    const answers = Object.values(session.state.runs[block.id]?.answers ?? {});
    const writers = answers.filter((a) => a.kind === 'intentions' && a.items.length > 0).length;
    const count = answers.reduce(
      (sum, a) => sum + (a.kind === 'intentions' ? a.items.length : 0),
      0,
    );
    if (writers === 0) continue;
    items.push(
      html`<article class="intentions" data-blocks="${block.id}">
        <h3>${block.title}</h3>
        <p class="question">${block.prompt}</p>
        <p class="figure-line">
          <strong data-count="intentions">${count}</strong>
          ${count === 1 ? 'voornemen' : 'voornemens'}, opgeschreven door ${writers} van
          ${participants} deelnemers.
        </p>
      </article>`,
    );
  }
  if (items.length === 0) return null;
  const body = html`${items}
    <p class="small">
      Wat iemand zich voorneemt, is persoonlijk. De voornemens zelf staan daarom niet in dit
      groepsverslag; elke deelnemer zag de eigen voornemens aan het eind van de sessie in het
      overzicht op de telefoon.
    </p>`;
  return { id: 'voornemens', title: 'Voornemens', body };
}
