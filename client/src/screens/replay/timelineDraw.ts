import type { ClockFormat } from './format';
import type { ReplayLog } from './replayLog';

/** The canvas's bands, in CSS pixels from the top. */
export const TIMELINE = { labels: 18, ticks: 34, axis: 16 } as const;
export const TIMELINE_HEIGHT = TIMELINE.labels + TIMELINE.ticks + TIMELINE.axis;

export interface TimelineColours {
  band: string;
  bandAlt: string;
  lobby: string;
  boundary: string;
  tick: string;
  text: string;
  muted: string;
}

/** The tokens of styles.css, read from the canvas's own element so the theme has one source. */
export function readColours(element: Element): TimelineColours {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    band: token('--color-surface', '#ffffff'),
    bandAlt: token('--color-primary-soft', '#e8f0f5'),
    lobby: token('--color-bg', '#f6f4ef'),
    boundary: token('--color-primary', '#24475e'),
    tick: token('--color-primary', '#24475e'),
    text: token('--color-text', '#1f2a33'),
    muted: token('--color-muted', '#4a5864'),
  };
}

/**
 * How many events fall in each pixel column. Fifty thousand ticks are drawn as at most a few
 * thousand rectangles, one per column, however long the log.
 */
export function tickCounts(log: ReplayLog, columns: number): Uint32Array {
  const counts = new Uint32Array(Math.max(1, columns));
  const span = log.end - log.start;
  for (const at of log.times) {
    const column = Math.min(columns - 1, Math.floor(((at - log.start) / span) * columns));
    counts[Math.max(0, column)]!++;
  }
  return counts;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const LABEL_STEPS = [5, 10, 15, 30]
  .map((s) => s * SECOND)
  .concat([1, 2, 5, 10, 15, 30, 60, 120, 240].map((m) => m * MINUTE));

/** The count at the 95th percentile of the columns that have events. */
export function busyCount(counts: Uint32Array): number {
  const busy = counts.filter((count) => count > 0).sort();
  return busy[Math.min(busy.length - 1, Math.floor(busy.length * 0.95))] ?? 0;
}

/** Time between clock labels: the smallest step that keeps them 80 px or more apart. */
function labelStep(spanMs: number, width: number): number {
  return (
    LABEL_STEPS.find((step) => (width / spanMs) * step >= 80) ??
    LABEL_STEPS[LABEL_STEPS.length - 1]!
  );
}

function truncate(ctx: CanvasRenderingContext2D, text: string, width: number): string | null {
  if (width < 28) return null;
  if (ctx.measureText(text).width <= width) return text;
  let shown = text;
  while (shown.length > 1 && ctx.measureText(`${shown}…`).width > width) shown = shown.slice(0, -1);
  return shown.length > 1 ? `${shown.trimEnd()}…` : null;
}

/**
 * The whole timeline but the playhead: the lobby, each block as a band with its title, a line at
 * every block boundary, the event ticks and the clock along the bottom. Drawn again only when the
 * size changes; the playhead is an element on top.
 */
export function drawTimeline(
  canvas: HTMLCanvasElement,
  log: ReplayLog,
  width: number,
  colours: TimelineColours,
  clock: ClockFormat,
): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || width <= 0) return;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(TIMELINE_HEIGHT * ratio);
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, TIMELINE_HEIGHT);
  const span = log.end - log.start;
  const x = (at: number) => ((at - log.start) / span) * width;
  const top = 0;
  const bandBottom = TIMELINE.labels + TIMELINE.ticks;

  // The lobby, then one band per block visit, alternating so neighbours stay apart.
  ctx.fillStyle = colours.lobby;
  ctx.fillRect(0, top, width, bandBottom);
  log.blocks.forEach((block, i) => {
    const from = x(block.at);
    const endAt =
      log.blocks[i + 1]?.at ?? (log.endedSeq !== null ? log.times[log.endedSeq - 1]! : log.end);
    ctx.fillStyle = i % 2 === 0 ? colours.band : colours.bandAlt;
    ctx.fillRect(from, top, Math.max(1, x(endAt) - from), bandBottom);
  });

  // Ticks: one rectangle per pixel column, taller where more happened (square root, so one
  // lone event still shows). The scale is set by the busy columns, not by the single busiest:
  // one burst would otherwise flatten the rest. Lighter than the block boundaries, which must
  // stay readable through them.
  const columns = Math.max(1, Math.floor(width));
  const counts = tickCounts(log, columns);
  const scale = Math.sqrt(busyCount(counts)) || 1;
  const least = 5;
  ctx.fillStyle = colours.tick;
  ctx.globalAlpha = 0.6;
  ctx.beginPath();
  counts.forEach((count, column) => {
    if (count === 0) return;
    const height = least + (TIMELINE.ticks - 4 - least) * Math.min(1, Math.sqrt(count) / scale);
    ctx.rect((column / columns) * width, bandBottom - height, 1, height);
  });
  ctx.fill();
  ctx.globalAlpha = 1;

  // Block boundaries and titles on top of the ticks, so a busy block never hides its start.
  ctx.fillStyle = colours.boundary;
  ctx.font = '600 12px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  log.blocks.forEach((block, i) => {
    const from = Math.round(x(block.at));
    ctx.fillRect(from, top, 1, bandBottom);
    const next = log.blocks[i + 1];
    const room = (next ? x(next.at) : width) - from - 8;
    const label = truncate(ctx, block.title, room);
    if (label) {
      ctx.fillStyle = colours.text;
      ctx.fillText(label, from + 4, TIMELINE.labels / 2 + 1);
      ctx.fillStyle = colours.boundary;
    }
  });

  // The clock along the bottom, on whole steps of local time; seconds only for a short log.
  const step = labelStep(span, width);
  const format = step < MINUTE ? clock.long : clock.short;
  const offset = new Date(log.start).getTimezoneOffset() * MINUTE;
  let at = Math.ceil((log.start - offset) / step) * step + offset;
  ctx.fillStyle = colours.muted;
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'alphabetic';
  for (; at <= log.end; at += step) {
    const px = x(at);
    ctx.fillRect(Math.round(px), bandBottom, 1, 4);
    const label = format(at);
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(label, Math.min(Math.max(px - half, 0), width - 2 * half), TIMELINE_HEIGHT - 2);
  }
}
