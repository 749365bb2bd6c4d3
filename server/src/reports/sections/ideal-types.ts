import {
  IDEAL_TYPES,
  isComplete,
  meanShare,
  profileOf,
  strongestType,
  type Block,
  type IdealType,
  type PerType,
  type Profile,
} from '@samenspel/shared';
import { html, type SafeHtml } from '../html.js';
import { counted, percent, pluralWord } from '../format.js';
import { PERSPECTIVE_COLOUR, TYPE_LABEL } from '../labels.js';
import type { SessionRecord } from '../session.js';
import { countedParticipants } from '../membership.js';
import { shiftChart, triangleChart } from '../svg/triangle.js';
import { signed, type Section } from './section.js';

interface ListResult {
  block: Extract<Block, { kind: 'statements' }>;
  /** Finished lists only, per participant. */
  profiles: Map<string, Profile>;
  /** Everyone who answered at least one statement. */
  started: number;
  mean: PerType | null;
}

function listResults(session: SessionRecord): ListResult[] {
  return session.state.scenario.blocks.flatMap((block) => {
    if (block.kind !== 'statements') return [];
    const profiles = new Map<string, Profile>();
    let started = 0;
    for (const [participantId, answer] of Object.entries(
      session.state.runs[block.id]?.answers ?? {},
    )) {
      const profile = answer.kind === 'statements' ? profileOf(block, answer.values) : null;
      if (!profile) continue;
      started++;
      if (isComplete(block, answer)) profiles.set(participantId, profile);
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

const typeCell = (type: IdealType) =>
  html`<td>
    <span class="swatch" style="background:${PERSPECTIVE_COLOUR[type]}"></span>${TYPE_LABEL[type]}
  </td>`;

/** The group's spread over the three ideal types, per stellingenlijst, and how it shifted. */
export function idealTypesSection(session: SessionRecord): Section | null {
  const lists = listResults(session);
  if (lists.length === 0) return null;
  const parts: SafeHtml[] = [
    html`<p>
      De stellingenlijst koppelt elke uitspraak aan één van de drie ideaaltypen. Uit de antwoorden
      volgt per deelnemer een profiel: hoe sterk elk type wordt onderschreven en hoe de drie zich
      tot elkaar verhouden. In de driehoek is elke stip één deelnemer. Hoe dichter een stip bij een
      hoek ligt, hoe sterker de voorkeur voor dat type; in het midden springt geen type eruit. De
      oranje ring is het gemiddelde van de groep. Alleen volledig ingevulde lijsten tellen mee. Geen
      type is beter dan een ander: een goede professional herkent ze alle drie en zet ze bewust in.
    </p>`,
  ];
  lists.forEach((list, i) => parts.push(listArticle(session, list, i === 0)));
  const withMean = lists.filter((l) => l.mean !== null);
  if (withMean.length >= 2) parts.push(shiftArticle(withMean[0]!, withMean[withMean.length - 1]!));
  return {
    id: 'ideaaltypen',
    title: 'Ideaaltypen in de groep',
    body: html`${parts}`,
    newPage: true,
  };
}

function listArticle(session: SessionRecord, list: ListResult, explain: boolean): SafeHtml {
  const profiles = [...list.profiles.values()];
  const share = meanOf(profiles, (p) => p.share);
  const strength = meanOf(profiles, (p) => p.strength);
  const leaning: Record<IdealType, number> = { bureaucraat: 0, ondernemer: 0, verbinder: 0 };
  let level = 0;
  for (const profile of profiles) {
    const strongest = strongestType(profile);
    if (strongest) leaning[strongest]++;
    else level++;
  }
  // In a fixed order, so the picture says nothing about who answered first.
  const points = profiles
    .map((p) => p.share)
    .sort((a, b) => a.bureaucraat - b.bureaucraat || a.ondernemer - b.ondernemer);
  const partial = list.started - profiles.length;
  const table =
    profiles.length === 0
      ? html`<p>Niemand vulde de lijst helemaal in, dus er is geen groepsbeeld.</p>`
      : html`<table class="types">
            <thead>
              <tr>
                <th>Ideaaltype</th>
                <th class="num">Aandeel</th>
                <th class="num">Instemming</th>
                <th class="num">Voorkeur</th>
              </tr>
            </thead>
            <tbody>
              ${IDEAL_TYPES.map(
                (type) =>
                  html`<tr>
                    ${typeCell(type)}
                    <td class="num">${percent(share[type])}%</td>
                    <td class="num">${percent(strength[type])}%</td>
                    <td class="num">${leaning[type]}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
          ${
            explain
              ? html`<p class="small">
                  <strong>Aandeel</strong>: het gemiddelde deel van het profiel dat naar dit type
                  gaat (samen 100%). <strong>Instemming</strong>: hoe sterk de uitspraken van dit
                  type gemiddeld werden onderschreven, van 0% (overal helemaal oneens) tot 100%
                  (overal helemaal eens). <strong>Voorkeur</strong>: het aantal deelnemers bij wie
                  dit type het grootste aandeel heeft.
                </p>`
              : ''
          }
          ${
            level > 0
              ? html`<p class="small">
                  Bij ${level} ${level === 1 ? 'deelnemer liggen' : 'deelnemers liggen'} twee of
                  meer typen gelijk.
                </p>`
              : ''
          }`;
  return html`<article class="profile" data-blocks="${list.block.id}">
    <h3>${list.block.title}</h3>
    <p class="meta">
      ${profiles.length} van de
      ${counted(countedParticipants(session).length, 'deelnemer', 'deelnemers')}
      ${pluralWord(profiles.length, 'vulde', 'vulden')} de lijst volledig
      in${partial > 0 ? ` (${partial} gedeeltelijk; die tellen niet mee)` : ''}.
    </p>
    <div class="two-col">
      <figure class="triangle" data-chart="triangle">
        ${triangleChart(points, list.mean, `Ideaaltypen in de groep: ${list.block.title}`)}
        <figcaption>
          <span class="key-dot"></span>één deelnemer <span class="key-ring"></span>gemiddelde van de
          groep
        </figcaption>
      </figure>
      <div>${table}</div>
    </div>
  </article>`;
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
  const personal =
    pairs.length > 0
      ? `${pairs.length} ${pairs.length === 1 ? 'deelnemer vulde' : 'deelnemers vulden'} beide lijsten volledig in; hun eigen verschuiving staat als dunne grijze pijl in de driehoek.`
      : 'Niemand vulde beide lijsten volledig in, dus persoonlijke verschuivingen zijn er niet te tonen.';
  return html`<article class="profile shift" data-chart="shift">
    <h3>Verschuiving tussen de lijsten</h3>
    <p class="meta">
      Van ‘${from.block.title}’ (eerste meting) naar ‘${to.block.title}’ (laatste meting).
    </p>
    <div class="two-col">
      <figure class="triangle">
        ${chart}
        <figcaption>
          <span class="key-ring key-ring--open"></span>eerste meting
          <span class="key-ring"></span>laatste meting
        </figcaption>
      </figure>
      <div>
        <table class="types">
          <thead>
            <tr>
              <th>Ideaaltype</th>
              <th class="num">Eerste<br />meting</th>
              <th class="num">Laatste<br />meting</th>
              <th class="num">Verschil</th>
            </tr>
          </thead>
          <tbody>
            ${IDEAL_TYPES.map(
              (type) =>
                html`<tr>
                  ${typeCell(type)}
                  <td class="num">${percent(a[type])}%</td>
                  <td class="num">${percent(b[type])}%</td>
                  <td class="num">${signed(percent(b[type]) - percent(a[type]))} pp</td>
                </tr>`,
            )}
          </tbody>
        </table>
        <p class="small">
          De dikke pijl toont hoe het gemiddelde aandeel van de groep verschoof. ${personal}
          Verschillen staan in procentpunten (pp).
        </p>
      </div>
    </div>
  </article>`;
}
