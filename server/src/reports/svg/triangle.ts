import { IDEAL_TYPES, type IdealType, type PerType } from '@samenspel/shared';
import { html, type SafeHtml } from '../html.js';
import { PERSPECTIVE_COLOUR, TYPE_LABEL } from '../labels.js';
import { lines, NEUTRAL, round2, svg, TEXT } from './common.js';

const T_WIDTH = 340;
const T_HEIGHT = 300;
/** The corners as in the app: Bureaucraat on top, Ondernemer left, Verbinder right. */
const CORNERS: Record<IdealType, { x: number; y: number }> = {
  bureaucraat: { x: 170, y: 34 },
  ondernemer: { x: 30, y: 268 },
  verbinder: { x: 310, y: 268 },
};
const LABELS: Record<IdealType, { x: number; y: number; anchor: 'start' | 'middle' | 'end' }> = {
  bureaucraat: { x: 170, y: 22, anchor: 'middle' },
  ondernemer: { x: 30, y: 288, anchor: 'start' },
  verbinder: { x: 310, y: 288, anchor: 'end' },
};

/** Where a profile's shares put it in the triangle (barycentric coordinates). */
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

function frame(): SafeHtml[] {
  const outline = IDEAL_TYPES.map((t) => `${CORNERS[t].x},${CORNERS[t].y}`).join(' ');
  const centre = trianglePoint({ bureaucraat: 1, ondernemer: 1, verbinder: 1 });
  return [
    html`<polygon points="${outline}" fill="#faf9f6" stroke="#9aa5ae" stroke-width="1.2" />`,
    ...IDEAL_TYPES.map(
      (type) =>
        html`<line
          x1="${centre.x}"
          y1="${centre.y}"
          x2="${CORNERS[type].x}"
          y2="${CORNERS[type].y}"
          stroke="#d5d9dc"
          stroke-width="0.8"
          stroke-dasharray="3 3"
        />`,
    ),
    ...IDEAL_TYPES.map((type) =>
      lines(LABELS[type].x, LABELS[type].y, [TYPE_LABEL[type]], {
        size: 14,
        weight: 700,
        fill: PERSPECTIVE_COLOUR[type],
        anchor: LABELS[type].anchor,
      }),
    ),
  ];
}

function meanMarker(share: PerType, filled: boolean, r = 9): SafeHtml {
  const p = trianglePoint(share);
  return html`<g class="mean"
    ><circle
      cx="${p.x}"
      cy="${p.y}"
      r="${r}"
      fill="${filled ? '#d97706' : '#ffffff'}"
      stroke="${TEXT}"
      stroke-width="2" /><circle cx="${p.x}" cy="${p.y}" r="2" fill="${TEXT}"
  /></g>`;
}

/** Every finished profile as a dot, and the group's mean as a ring. */
export function triangleChart(
  points: readonly PerType[],
  mean: PerType | null,
  label: string,
): SafeHtml {
  const parts = frame();
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

/** An arrow from one point to another, kept clear of the markers at both ends. */
function arrow(
  from: { x: number; y: number },
  to: { x: number; y: number },
  gap: [number, number],
  style: { stroke: string; width: number; marker: string },
): SafeHtml | null {
  const distance = Math.hypot(to.x - from.x, to.y - from.y);
  if (distance <= gap[0] + gap[1] + 3) return null;
  const dx = (to.x - from.x) / distance;
  const dy = (to.y - from.y) / distance;
  return html`<line
    x1="${round2(from.x + dx * gap[0])}"
    y1="${round2(from.y + dy * gap[0])}"
    x2="${round2(to.x - dx * gap[1])}"
    y2="${round2(to.y - dy * gap[1])}"
    stroke="${style.stroke}"
    stroke-width="${style.width}"
    marker-end="url(#${style.marker})"
  />`;
}

/**
 * How the group moved between two lists: the mean as a bold arrow from an open ring to a
 * filled one, and everyone who finished both as a thin grey arrow.
 */
export function shiftChart(
  from: PerType,
  to: PerType,
  pairs: ReadonlyArray<readonly [PerType, PerType]>,
  label: string,
): SafeHtml {
  const parts = frame();
  parts.push(
    html`<defs
      ><marker
        id="arrow-thin"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="5"
        markerHeight="5"
        orient="auto"
        ><path d="M0,0 L10,5 L0,10 z" fill="#8a96a0" /></marker
      ><marker
        id="arrow-bold"
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth="3.5"
        markerHeight="3.5"
        orient="auto"
        ><path d="M0,0 L10,5 L0,10 z" fill="${TEXT}" /></marker
    ></defs>`,
  );
  for (const [a, b] of pairs) {
    const p = trianglePoint(a);
    const line = arrow(p, trianglePoint(b), [0, 0], {
      stroke: '#8a96a0',
      width: 1.2,
      marker: 'arrow-thin',
    });
    parts.push(line ?? html`<circle cx="${p.x}" cy="${p.y}" r="2.2" fill="#8a96a0" />`);
  }
  parts.push(meanMarker(from, false, 6));
  const bold = arrow(trianglePoint(from), trianglePoint(to), [7, 8], {
    stroke: TEXT,
    width: 2.5,
    marker: 'arrow-bold',
  });
  if (bold) parts.push(bold);
  parts.push(meanMarker(to, true, 6));
  return svg(T_HEIGHT, label, parts, T_WIDTH);
}
