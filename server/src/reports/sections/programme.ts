import { meetingCount, meetingOf, restedWithin } from '@samenspel/shared';
import { html } from '../html.js';
import { clockMinutes, counted, durationText, longDate, pluralWord } from '../format.js';
import { KIND_LABEL } from '../labels.js';
import { timingsOf } from '../rows.js';
import type { SessionRecord } from '../session.js';
import {
  kindGroup,
  TIMELINE_LEGEND,
  timelineChart,
  type TimelineSegment,
} from '../svg/timeline.js';
import { signed, type Section } from './section.js';

/** The programme planned against actual: a sentence, the day as a timeline, and a table. */
export function programmeSection(session: SessionRecord): Section | null {
  const timings = timingsOf(session);
  if (timings.length === 0) return null;
  const plannedMin = timings.reduce((sum, t) => sum + t.plannedMin, 0);
  const visited = timings.filter((t) => t.visits.length > 0);
  const actualMs = visited.reduce((sum, t) => sum + t.actualMs, 0);
  const actualMin = Math.round(actualMs / 60_000);
  const difference = actualMin - plannedMin;

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
  const { rests, scenario } = session.state;
  // The days follow each other on the timeline: the weeks between them are left out.
  const actual: TimelineSegment[] = session.visits.map((visit) => ({
    number: visit.blockIndex + 1,
    kind: scenario.blocks[visit.blockIndex]!.kind,
    startMs: visit.enteredAt - first - restedWithin(rests, first, visit.enteredAt),
    ms: visit.ms,
  }));
  const meetings = meetingCount(scenario);

  const minutes = (n: number) => counted(n, 'minuut', 'minuten');
  const summary =
    visited.length === 0
      ? 'In deze sessie is nog geen onderdeel behandeld.'
      : `${whichBlocks(visited.length, timings.length)} ${pluralWord(visited.length, 'kwam', 'kwamen')} aan bod. Samen namen ze ${durationText(actualMs)} in beslag, tegen ${durationText(plannedMin * 60_000)} gepland${
          difference === 0
            ? ': precies volgens plan.'
            : `: ${minutes(Math.abs(difference))} ${difference > 0 ? 'langer' : 'korter'} dan voorzien.`
        }`;
  const revisited = timings.some((t) => t.visits.length > 1);

  const rows = timings.map((t, i) => {
    const meeting = meetingOf(t.block);
    const opensMeeting = meetings > 1 && (i === 0 || meetingOf(timings[i - 1]!.block) !== meeting);
    const heading = opensMeeting ? meetingRow(session, meeting) : '';
    const minutesTaken = Math.round(t.actualMs / 60_000);
    const diff = minutesTaken - t.plannedMin;
    const unseen = t.visits.length === 0;
    return html`${heading}
      <tr class="${unseen ? 'unseen' : ''}">
        <td class="num">${t.index + 1}</td>
        <td>
          <span class="swatch" style="background:${kindGroup(t.block.kind).fill}"></span
          >${t.block.title}
        </td>
        <td>${KIND_LABEL[t.block.kind]}</td>
        <td class="num">${t.plannedMin}</td>
        <td class="num">${unseen ? '–' : minutesTaken}</td>
        <td class="num ${unseen ? '' : diff > 0 ? 'over' : diff < 0 ? 'under' : ''}">
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
          ${TIMELINE_LEGEND.map(
            (item) =>
              html`<li>
                <span class="swatch" style="background:${item.fill}"></span>${item.label}
              </li>`,
          )}
        </ul>
        De nummers verwijzen naar de tabel
        hieronder.${revisited ? ' Een onderdeel dat later opnieuw op het scherm kwam, staat op de onderste balk meer dan eens.' : ''}
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
  return { id: 'programma', title: 'Het programma: gepland en werkelijk', body, newPage: true };
}

/**
 * The heading row of a meeting in a programme of several: its title, its planned minutes and the
 * day it was held (the first time one of its blocks came up), so the cohort reads day by day.
 */
function meetingRow(session: SessionRecord, meeting: number) {
  const { scenario } = session.state;
  const planned = scenario.meetings?.[meeting - 1];
  const held = session.visits.find(
    (visit) => meetingOf(scenario.blocks[visit.blockIndex]!) === meeting,
  );
  const when = held ? `gehouden op ${longDate(held.enteredAt)}` : 'nog niet gehouden';
  return html`<tr class="meeting" data-meeting="${meeting}">
    <th colspan="7" scope="rowgroup">
      ${planned?.title ?? `Bijeenkomst ${meeting}`} · ${planned?.minutes ?? 0} min gepland · ${when}
    </th>
  </tr>`;
}

/** "Alle 10 onderdelen", "7 van de 10 onderdelen", "Het ene onderdeel". */
function whichBlocks(visited: number, total: number): string {
  if (visited < total) return `${visited} van de ${total} onderdelen`;
  return total === 1 ? 'Het ene onderdeel' : `Alle ${total} onderdelen`;
}
