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

/** Minutes between time labels: the smallest step that keeps labels 72 px or more apart. */
function labelStep(spanMs: number, width: number): number {
  const steps = [1, 5, 10, 15, 30, 60, 120, 240];
  const minutes = spanMs / 60_000;
  return steps.find((step) => (width / minutes) * step >= 72) ?? steps[steps.length - 1]!;
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
  clock: (at: number) => string,
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

  // Ticks: one rectangle per pixel column, taller where more happened (log scale).
  const columns = Math.max(1, Math.floor(width));
  const counts = tickCounts(log, columns);
  const most = counts.reduce((a, b) => Math.max(a, b), 0);
  const scale = Math.log1p(most) || 1;
  const least = 5;
  ctx.fillStyle = colours.tick;
  ctx.beginPath();
  counts.forEach((count, column) => {
    if (count === 0) return;
    const height = least + (TIMELINE.ticks - 4 - least) * (Math.log1p(count) / scale);
    ctx.rect((column / columns) * width, bandBottom - height, 1, height);
  });
  ctx.fill();

  // The clock along the bottom, on whole steps of local time.
  const step = labelStep(span, width) * 60_000;
  const first = new Date(log.start);
  first.setSeconds(0, 0);
  const offset = first.getTimezoneOffset() * 60_000;
  let at = Math.ceil((first.getTime() - offset) / step) * step + offset;
  ctx.fillStyle = colours.muted;
  ctx.font = '12px system-ui, sans-serif';
  ctx.textBaseline = 'alphabetic';
  for (; at <= log.end; at += step) {
    const px = x(at);
    ctx.fillRect(Math.round(px), bandBottom, 1, 4);
    const label = clock(at);
    const half = ctx.measureText(label).width / 2;
    ctx.fillText(label, Math.min(Math.max(px - half, 0), width - 2 * half), TIMELINE_HEIGHT - 2);
  }
}
