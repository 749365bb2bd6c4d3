import { html, type SafeHtml } from '../html.js';

/** Every chart is this many units wide and scales to the page. */
export const WIDTH = 700;
export const TEXT = '#1f2a33';
export const MUTED = '#5a6772';
export const TRACK = '#eceae4';
export const NEUTRAL = '#24475e';

/** A self-contained SVG with its accessible name. */
export function svg(
  height: number,
  label: string,
  body: SafeHtml | SafeHtml[],
  width = WIDTH,
): SafeHtml {
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

export interface TextStyle {
  size?: number;
  weight?: number;
  fill?: string;
  anchor?: 'start' | 'middle' | 'end';
  /** Distance between lines; 1.3 × the size by default. */
  lead?: number;
}

/** Lines of text, one under the other, starting at a baseline. */
export function lines(
  x: number,
  y: number,
  texts: readonly string[],
  style: TextStyle = {},
): SafeHtml {
  const size = style.size ?? 12;
  const lead = style.lead ?? size * 1.3;
  return html`${texts.map(
    (t, i) =>
      html`<text
        x="${round2(x)}"
        y="${round2(y + i * lead)}"
        font-size="${size}"
        font-weight="${style.weight ?? 400}"
        fill="${style.fill ?? TEXT}"
        text-anchor="${style.anchor ?? 'start'}"
        >${t}</text
      >`,
  )}`;
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
