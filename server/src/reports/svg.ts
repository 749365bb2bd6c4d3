import { IDEAL_TYPES, type BlockKind, type IdealType, type PerType } from '@samenspel/shared';
import { html, wrapText, type SafeHtml } from './html.js';
import { decimal, percent } from './format.js';
import { PERSPECTIVE_COLOUR, TYPE_LABEL } from './labels.js';

/**
 * The report's charts as inline SVG: no scripts, no external files, print-safe. Every chart is
 * 700 units wide and scales to the page; meaning is carried by labels and numbers, with colour
 * as a help only.
 */

const WIDTH = 700;
const TEXT = '#1f2a33';
const MUTED = '#5a6772';
const TRACK = '#eceae4';
const NEUTRAL = '#24475e';

function svg(height: number, label: string, body: SafeHtml | SafeHtml[], width = WIDTH): SafeHtml {
  return html`<svg
    class="chart"
    viewBox="0 0 ${width} ${Math.ceil(height)}"
    role="img"
    aria-label="${label}"
    xmlns="http://www.w3.org/2000/svg"
  >
    <title>${label}</title>
    ${body}
  </svg>`;
}

function lines(
  x: number,
  y: number,
  texts: string[],
  options: { size?: number; weight?: number; fill?: string; anchor?: string; lead?: number } = {},
): SafeHtml {
  const size = options.size ?? 12;
  const lead = options.lead ?? size * 1.3;
  return html`${texts.map(
    (t, i) =>
      html`<text
        x="${x}"
        y="${y + i * lead}"
        font-size="${size}"
        font-weight="${options.weight ?? 400}"
        fill="${options.fill ?? TEXT}"
        text-anchor="${options.anchor ?? 'start'}"
        >${t}</text
      >`,
  )}`;
}

/** One asking of a question: how it is labelled and coloured in a chart of several rounds. */
export interface RoundSeries {
  label: string;
  colour: string;
}

// ───────────────────────────── votes ─────────────────────────────

export interface PollSeries extends RoundSeries {
  respondents: number;
  counts: Record<string, number>;
}

/** A vote: per option one bar per round, as a share of that round's voters. */
export function pollChart(
  options: ReadonlyArray<{ id: string; label: string }>,
  rounds: readonly PollSeries[],
  label: string,
): SafeHtml {
  const multi = rounds.length > 1;
  const barX = multi ? 170 : 0;
  const barMax = WIDTH - barX - 110;
  const barH = 15;
  const parts: SafeHtml[] = [];
  let y = 4;
  for (const option of options) {
    const text = wrapText(option.label, 100, 2);
    parts.push(lines(0, y + 12, text, { size: 12.5, weight: 600 }));
    y += text.length * 16 + 4;
    for (const round of rounds) {
      const count = round.counts[option.id] ?? 0;
      const share = round.respondents > 0 ? count / round.respondents : 0;
      const w = Math.max(share * barMax, count > 0 ? 2 : 0);
      if (multi) {
        parts.push(
          lines(barX - 8, y + 11.5, [truncate(round.label, 30)], {
            size: 10.5,
            fill: MUTED,
            anchor: 'end',
          }),
        );
      }
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
      parts.push(
        html`<rect
          x="${barX}"
          y="${y}"
          width="${round2(w)}"
          height="${barH}"
          fill="${round.colour}"
          rx="2"
        />`,
      );
      parts.push(
        lines(barX + barMax + 8, y + 11.5, [`${count} (${percent(share)}%)`], { size: 11.5 }),
      );
      y += barH + 4;
    }
    y += 10;
  }
  return svg(y, label, parts);
}

// ───────────────────────────── scales ─────────────────────────────

export interface ScaleSeries extends RoundSeries {
  /** Per statement: how many chose each point, and the mean. */
  statements: Record<string, { counts: number[]; mean: number | null }>;
}

const SCALE_COLOURS: Record<number, string[]> = {
  5: ['#9c3d1f', '#d99a78', '#d6d3cc', '#8eb0cc', '#2b557e'],
  7: ['#9c3d1f', '#c46e4a', '#e3b49b', '#d6d3cc', '#a9c3d9', '#6a93b8', '#2b557e'],
};
const darkSegment = (points: number, i: number) =>
  i === 0 || i === points - 1 || (points === 7 && (i === 1 || i === 5));

/** A scale: per statement, per round, the distribution from disagree to agree, with its mean. */
export function scaleChart(
  statements: ReadonlyArray<{ id: string; text: string }>,
  points: number,
  rounds: readonly ScaleSeries[],
  label: string,
): SafeHtml {
  const colours = SCALE_COLOURS[points] ?? SCALE_COLOURS[5]!;
  const multi = rounds.length > 1;
  const barX = multi ? 170 : 0;
  const barMax = WIDTH - barX - 120;
  const barH = 17;
  const parts: SafeHtml[] = [];
  // The legend: each point of the scale, the ends named.
  let lx = 0;
  for (let i = 0; i < points; i++) {
    const name =
      i === 0 ? '1 helemaal oneens' : i === points - 1 ? `${points} helemaal eens` : String(i + 1);
    parts.push(html`<rect x="${lx}" y="2" width="12" height="12" fill="${colours[i]!}" rx="2" />`);
    parts.push(lines(lx + 16, 12, [name], { size: 10.5, fill: MUTED }));
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
      if (multi) {
        parts.push(
          lines(barX - 8, y + 12.5, [truncate(round.label, 30)], {
            size: 10.5,
            fill: MUTED,
            anchor: 'end',
          }),
        );
      }
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
              fill: darkSegment(points, i) ? '#ffffff' : TEXT,
            }),
          );
        }
        x += w;
      });
      const summary =
        figures?.mean != null ? `gem. ${decimal(figures.mean)} · n = ${n}` : 'geen antwoorden';
      parts.push(lines(barX + barMax + 8, y + 12.5, [summary], { size: 11 }));
      y += barH + 4;
    }
    y += 10;
  }
  return svg(y, label, parts);
}

// ───────────────────────────── the programme ─────────────────────────────

const KIND_GROUPS: Array<{ kinds: BlockKind[]; label: string; fill: string; ink: string }> = [
  { kinds: ['info', 'casus'], label: 'Uitleg en casus', fill: '#5b7083', ink: '#ffffff' },
  {
    kinds: ['poll', 'scale', 'statements'],
    label: 'Stemmen en stellingen',
    fill: '#2f5d8a',
    ink: '#ffffff',
  },
  {
    kinds: ['roles', 'groups'],
    label: 'Rollenspel en groepswerk',
    fill: '#6b3f80',
    ink: '#ffffff',
  },
  {
    kinds: ['reflection', 'intentions'],
    label: 'Reflectie en voornemens',
    fill: '#2e6b45',
    ink: '#ffffff',
  },
  { kinds: ['break'], label: 'Pauze', fill: '#d3cec2', ink: TEXT },
];

export function kindGroup(kind: BlockKind) {
  return KIND_GROUPS.find((group) => group.kinds.includes(kind)) ?? KIND_GROUPS[0]!;
}

export const TIMELINE_LEGEND = KIND_GROUPS.map(({ label, fill }) => ({ label, fill }));

export interface TimelineSegment {
  /** The block's number in the programme, shown in the segment when it fits. */
  number: number;
  kind: BlockKind;
  startMs: number;
  ms: number;
}

/** The day as two strips on one time axis: the programme as planned, and as it ran. */
export function timelineChart(
  planned: readonly TimelineSegment[],
  actual: readonly TimelineSegment[],
  label: string,
): SafeHtml {
  const x0 = 84;
  const span = WIDTH - x0 - 8;
  const end = (segments: readonly TimelineSegment[]) =>
    segments.reduce((max, s) => Math.max(max, s.startMs + s.ms), 0);
  const totalMs = Math.max(end(planned), end(actual), 60_000);
  const scale = span / totalMs;
  const parts: SafeHtml[] = [];
  const strip = (segments: readonly TimelineSegment[], y: number, name: string) => {
    parts.push(lines(x0 - 10, y + 18, [name], { size: 12, weight: 600, anchor: 'end' }));
    parts.push(html`<rect x="${x0}" y="${y}" width="${span}" height="26" fill="${TRACK}" />`);
    for (const segment of segments) {
      const group = kindGroup(segment.kind);
      const x = x0 + segment.startMs * scale;
      const w = Math.max(segment.ms * scale, 0.8);
      parts.push(
        html`<rect
          x="${round2(x)}"
          y="${y}"
          width="${round2(w)}"
          height="26"
          fill="${group.fill}"
          stroke="#ffffff"
          stroke-width="1"
        />`,
      );
      const digits = String(segment.number).length;
      if (w >= 8 + digits * 6) {
        parts.push(
          lines(x + w / 2, y + 17, [String(segment.number)], {
            size: 10,
            weight: 600,
            anchor: 'middle',
            fill: group.ink,
          }),
        );
      }
    }
  };
  strip(planned, 6, 'Gepland');
  strip(actual, 42, 'Werkelijk');
  // The axis: elapsed time in hours and minutes.
  const step = [5, 10, 15, 30, 60, 120].find((m) => totalMs / (m * 60_000) <= 10) ?? 240;
  const axisY = 80;
  parts.push(
    html`<line
      x1="${x0}"
      y1="${axisY}"
      x2="${x0 + span}"
      y2="${axisY}"
      stroke="${MUTED}"
      stroke-width="0.8"
    />`,
  );
  for (let m = 0; m * 60_000 <= totalMs; m += step) {
    const x = round2(x0 + m * 60_000 * scale);
    parts.push(
      html`<line
        x1="${x}"
        y1="${axisY}"
        x2="${x}"
        y2="${axisY + 4}"
        stroke="${MUTED}"
        stroke-width="0.8"
      />`,
    );
    parts.push(
      lines(x, axisY + 16, [`${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`], {
        size: 10,
        fill: MUTED,
        anchor: 'middle',
      }),
    );
  }
  parts.push(lines(x0 - 10, axisY + 16, ['uur'], { size: 10, fill: MUTED, anchor: 'end' }));
  return svg(axisY + 22, label, parts);
}

// ───────────────────────────── the triangle ─────────────────────────────

const T_WIDTH = 340;
const T_HEIGHT = 300;
const CORNERS: Record<IdealType, { x: number; y: number }> = {
  bureaucraat: { x: 170, y: 34 },
  ondernemer: { x: 30, y: 268 },
  verbinder: { x: 310, y: 268 },
};

/** Where shares put a profile in the triangle: Bureaucraat on top, Ondernemer left, Verbinder right. */
export function trianglePoint(share: PerType): { x: number; y: number } {
  const total = IDEAL_TYPES.reduce((sum, type) => sum + share[type], 0) || 1;
  let x = 0;
  let y = 0;
  for (const type of IDEAL_TYPES) {
    x += (share[type] / total) * CORNERS[type].x;
    y += (share[type] / total) * CORNERS[type].y;
  }
  return { x: round2(x), y: round2(y) };
}

function triangleFrame(): SafeHtml[] {
  const outline = IDEAL_TYPES.map((t) => `${CORNERS[t].x},${CORNERS[t].y}`).join(' ');
  const centre = trianglePoint({ bureaucraat: 1, ondernemer: 1, verbinder: 1 });
  const parts: SafeHtml[] = [
    html`<polygon points="${outline}" fill="#faf9f6" stroke="#9aa5ae" stroke-width="1.2" />`,
  ];
  for (const type of IDEAL_TYPES) {
    const c = CORNERS[type];
    parts.push(
      html`<line
        x1="${centre.x}"
        y1="${centre.y}"
        x2="${c.x}"
        y2="${c.y}"
        stroke="#d5d9dc"
        stroke-width="0.8"
        stroke-dasharray="3 3"
      />`,
    );
  }
  const labelAt: Record<IdealType, { x: number; y: number; anchor: string }> = {
    bureaucraat: { x: 170, y: 22, anchor: 'middle' },
    ondernemer: { x: 30, y: 288, anchor: 'start' },
    verbinder: { x: 310, y: 288, anchor: 'end' },
  };
  for (const type of IDEAL_TYPES) {
    const at = labelAt[type];
    parts.push(
      lines(at.x, at.y, [TYPE_LABEL[type]], {
        size: 14,
        weight: 700,
        fill: PERSPECTIVE_COLOUR[type],
        anchor: at.anchor,
      }),
    );
  }
  return parts;
}

function meanMarker(share: PerType, filled: boolean): SafeHtml {
  const p = trianglePoint(share);
  return html`<g class="mean"
    ><circle
      cx="${p.x}"
      cy="${p.y}"
      r="9"
      fill="${filled ? '#d97706' : '#ffffff'}"
      fill-opacity="${filled ? 0.9 : 1}"
      stroke="${TEXT}"
      stroke-width="2" /><circle cx="${p.x}" cy="${p.y}" r="2.2" fill="${TEXT}"
  /></g>`;
}

/** Every finished profile as a dot, and the group's mean as a ring. */
export function triangleChart(
  points: readonly PerType[],
  mean: PerType | null,
  label: string,
): SafeHtml {
  const parts = triangleFrame();
  for (const share of points) {
    const p = trianglePoint(share);
    parts.push(
      html`<circle
        class="point"
        cx="${p.x}"
        cy="${p.y}"
        r="5"
        fill="${NEUTRAL}"
        fill-opacity="0.55"
        stroke="#ffffff"
        stroke-width="1"
      />`,
    );
  }
  if (mean) parts.push(meanMarker(mean, true));
  return svg(T_HEIGHT, label, parts, T_WIDTH);
}

/** How the group moved between two lists: each person who did both as a thin arrow, the mean as a bold one. */
export function shiftChart(
  from: PerType,
  to: PerType,
  pairs: ReadonlyArray<readonly [PerType, PerType]>,
  label: string,
): SafeHtml {
  const parts = triangleFrame();
  parts.push(
    html`<defs
      ><marker
        id="arrow-thin"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="5"
        markerHeight="5"
        orient="auto-start-reverse"
        ><path d="M0,0 L10,5 L0,10 z" fill="#8a96a0" /></marker
      ><marker
        id="arrow-bold"
        viewBox="0 0 10 10"
        refX="8"
        refY="5"
        markerWidth="4"
        markerHeight="4"
        orient="auto-start-reverse"
        ><path d="M0,0 L10,5 L0,10 z" fill="${TEXT}" /></marker
    ></defs>`,
  );
  for (const [a, b] of pairs) {
    const p = trianglePoint(a);
    const q = trianglePoint(b);
    if (Math.hypot(q.x - p.x, q.y - p.y) < 2) {
      parts.push(html`<circle cx="${p.x}" cy="${p.y}" r="2.5" fill="#8a96a0" />`);
      continue;
    }
    parts.push(
      html`<line
        x1="${p.x}"
        y1="${p.y}"
        x2="${q.x}"
        y2="${q.y}"
        stroke="#8a96a0"
        stroke-width="1.2"
        marker-end="url(#arrow-thin)"
      />`,
    );
  }
  const p = trianglePoint(from);
  const q = trianglePoint(to);
  parts.push(meanMarker(from, false));
  const distance = Math.hypot(q.x - p.x, q.y - p.y);
  if (distance >= 24) {
    // From the edge of the first ring to just short of the second, so the head stays visible.
    const dx = (q.x - p.x) / distance;
    const dy = (q.y - p.y) / distance;
    const [x1, y1] = [round2(p.x + dx * 10), round2(p.y + dy * 10)];
    const [x2, y2] = [round2(q.x - dx * 11), round2(q.y - dy * 11)];
    parts.push(
      html`<line
        x1="${x1}"
        y1="${y1}"
        x2="${x2}"
        y2="${y2}"
        stroke="${TEXT}"
        stroke-width="2.5"
        marker-end="url(#arrow-bold)"
      />`,
    );
  }
  parts.push(meanMarker(to, true));
  return svg(T_HEIGHT, label, parts, T_WIDTH);
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
