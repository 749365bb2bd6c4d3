import type { BlockKind } from '@samenspel/shared';
import { html, type SafeHtml } from '../html.js';
import { lines, MUTED, round2, svg, TEXT, TRACK, WIDTH } from './common.js';

/** Blocks coloured by what the group did in them. */
const KIND_GROUPS: Array<{ kinds: BlockKind[]; label: string; fill: string; ink: string }> = [
  {
    kinds: ['info', 'casus', 'practice'],
    label: 'Uitleg en casus',
    fill: '#5b7083',
    ink: '#ffffff',
  },
  {
    kinds: ['poll', 'scale', 'statements'],
    label: 'Stemmen en stellingen',
    fill: '#2f5d8a',
    ink: '#ffffff',
  },
  {
    kinds: ['roles', 'groups', 'visit'],
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
  const span = WIDTH - x0 - 14;
  const end = (segments: readonly TimelineSegment[]) =>
    segments.reduce((max, s) => Math.max(max, s.startMs + s.ms), 0);
  const totalMs = Math.max(end(planned), end(actual), 60_000);
  const scale = span / totalMs;
  const parts: SafeHtml[] = [];
  const strip = (segments: readonly TimelineSegment[], y: number, name: string) => {
    parts.push(
      lines(x0 - 10, y + 18, [name], { size: 12, weight: 600, anchor: 'end' }),
      html`<rect x="${x0}" y="${y}" width="${span}" height="26" fill="${TRACK}" />`,
    );
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
      if (w >= 8 + String(segment.number).length * 6) {
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
  // The axis: time since the start, in hours and minutes.
  // At most ten ticks whatever the length: a session left open for days gets whole hours apart.
  const step =
    [5, 10, 15, 30, 60, 120, 240].find((m) => totalMs / (m * 60_000) <= 10) ??
    Math.ceil(totalMs / 10 / 3_600_000) * 60;
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
    lines(x0 - 24, axisY + 16, ['uur'], { size: 10, fill: MUTED, anchor: 'end' }),
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
      lines(x, axisY + 16, [`${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`], {
        size: 10,
        fill: MUTED,
        anchor: 'middle',
      }),
    );
  }
  return svg(axisY + 22, label, parts);
}
