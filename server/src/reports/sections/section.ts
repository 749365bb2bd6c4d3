import type { SafeHtml } from '../html.js';

/** One numbered chapter of the report. */
export interface Section {
  id: string;
  title: string;
  body: SafeHtml;
  /** Starts on a fresh page when printed; a short closing chapter follows on. */
  newPage: boolean;
}

/** +3, −2, 0: a difference with its sign, a real minus for the negative. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}
