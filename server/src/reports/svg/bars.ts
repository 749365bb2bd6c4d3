import { html, wrapText, type SafeHtml } from '../html.js';
import { shareOfRespondents, wholePercent } from '@samenspel/shared';
import { decimal } from '../format.js';
import { lines, MUTED, round2, svg, TEXT, TRACK, truncate, WIDTH } from './common.js';

/** One asking of a question: its short name in the chart and its colour. */
export interface RoundSeries {
  label: string;
  colour: string;
}

export interface PollSeries extends RoundSeries {
  respondents: number;
  counts: Record<string, number>;
}

export interface ScaleSeries extends RoundSeries {
  /** Per statement: how many chose each point, and the mean. */
  statements: Record<string, { counts: number[]; mean: number | null }>;
}

const BAR_GAP = 4;
const TAG_WIDTH = 140;

/** The label of a round at the left of its bar, when there is more than one round. */
function roundTag(x: number, y: number, label: string): SafeHtml {
  return lines(x - 8, y, [truncate(label, 24)], { size: 10.5, fill: MUTED, anchor: 'end' });
}

/** A vote: per option one bar per round, as a share of that round's voters. */
export function pollChart(
  options: ReadonlyArray<{ id: string; label: string }>,
  rounds: readonly PollSeries[],
  label: string,
): SafeHtml {
  const multi = rounds.length > 1;
  const barX = multi ? TAG_WIDTH : 0;
  const barMax = WIDTH - barX - 100;
  const barH = 15;
  const parts: SafeHtml[] = [];
  let y = 4;
  for (const option of options) {
    const text = wrapText(option.label, 100, 2);
    parts.push(lines(0, y + 12, text, { size: 12.5, weight: 600 }));
    y += text.length * 16 + 4;
    for (const round of rounds) {
      const count = round.counts[option.id] ?? 0;
      // The rule of every vote chart: the share of the respondents, on an axis to 100%.
      const share = shareOfRespondents(count, round.respondents);
      const w = Math.max(share * barMax, count > 0 ? 2 : 0);
      if (multi) parts.push(roundTag(barX, y + 11.5, round.label));
      parts.push(
        html`<rect
          x="${barX}"
          y="${y}"
          width="${barMax}"
          height="${barH}"
          fill="${TRACK}"
          rx="2"
        />`,
        html`<rect
          x="${barX}"
          y="${y}"
          width="${round2(w)}"
          height="${barH}"
          fill="${round.colour}"
          rx="2"
        />`,
        lines(barX + barMax + 8, y + 11.5, [`${count} (${wholePercent(share)}%)`], { size: 11.5 }),
      );
      y += barH + BAR_GAP;
    }
    y += 10;
  }
  return svg(y, label, parts);
}

/** From disagree (warm) through neutral (grey) to agree (blue). */
const SCALE_COLOURS: Record<number, string[]> = {
  5: ['#9c3d1f', '#d99a78', '#d6d3cc', '#8eb0cc', '#2b557e'],
  7: ['#9c3d1f', '#c46e4a', '#e3b49b', '#d6d3cc', '#a9c3d9', '#6a93b8', '#2b557e'],
};
const WHITE_INK: Record<number, number[]> = { 5: [0, 4], 7: [0, 1, 5, 6] };

/** A scale: per statement and round, the spread from disagree to agree, with its mean. */
export function scaleChart(
  statements: ReadonlyArray<{ id: string; text: string }>,
  points: number,
  rounds: readonly ScaleSeries[],
  label: string,
): SafeHtml {
  const colours = SCALE_COLOURS[points] ?? SCALE_COLOURS[5]!;
  const whiteInk = WHITE_INK[points] ?? WHITE_INK[5]!;
  const multi = rounds.length > 1;
  const barX = multi ? TAG_WIDTH : 0;
  const barMax = WIDTH - barX - 115;
  const barH = 17;
  const parts: SafeHtml[] = [];
  // The legend: every point of the scale, with the two ends named.
  let lx = 0;
  for (let i = 0; i < points; i++) {
    const name =
      i === 0 ? '1 helemaal oneens' : i === points - 1 ? `${points} helemaal eens` : String(i + 1);
    parts.push(
      html`<rect x="${lx}" y="2" width="12" height="12" fill="${colours[i]!}" rx="2" />`,
      lines(lx + 16, 12, [name], { size: 10.5, fill: MUTED }),
    );
    lx += 16 + name.length * 6 + 14;
  }
  let y = 28;
  for (const statement of statements) {
    const text = wrapText(statement.text, 100, 3);
    parts.push(lines(0, y + 12, text, { size: 12.5, weight: 600 }));
    y += text.length * 16 + 4;
    for (const round of rounds) {
      const figures = round.statements[statement.id];
      const counts = figures?.counts ?? [];
      const n = counts.reduce((sum, c) => sum + c, 0);
      if (multi) parts.push(roundTag(barX, y + 12.5, round.label));
      parts.push(
        html`<rect
          x="${barX}"
          y="${y}"
          width="${barMax}"
          height="${barH}"
          fill="${TRACK}"
          rx="2"
        />`,
      );
      let x = barX;
      counts.forEach((count, i) => {
        if (count === 0 || n === 0) return;
        const w = (count / n) * barMax;
        parts.push(
          html`<rect
            x="${round2(x)}"
            y="${y}"
            width="${round2(w)}"
            height="${barH}"
            fill="${colours[i]!}"
          />`,
        );
        if (w >= 16) {
          parts.push(
            lines(x + w / 2, y + 12.5, [String(count)], {
              size: 10.5,
              weight: 600,
              anchor: 'middle',
              fill: whiteInk.includes(i) ? '#ffffff' : TEXT,
            }),
          );
        }
        x += w;
      });
      const summary =
        figures?.mean != null ? `gem. ${decimal(figures.mean)} · n = ${n}` : 'geen antwoorden';
      parts.push(lines(barX + barMax + 8, y + 12.5, [summary], { size: 11 }));
      y += barH + BAR_GAP;
    }
    y += 10;
  }
  return svg(y, label, parts);
}
