/**
 * The run sheet's time arithmetic, kept pure so it is tested without a screen: each block's
 * clock start and end from a start time of day, and the total against the target minutes.
 */

export interface TimedBlockInput {
  id: string;
  title: string;
  minutes: number;
}

export interface RunSheetRow {
  id: string;
  title: string;
  minutes: number;
  /** Minutes after midnight; may pass 24 h for a late session (formatted modulo a day). */
  startMinute: number;
  endMinute: number;
}

export interface RunSheetTotals {
  total: number;
  target: number;
  /** Positive: over the target; negative: under; 0: on target. */
  difference: number;
}

export const DEFAULT_START = '09:30';

/** "HH:MM" to minutes after midnight, or null when the text is no valid time of day. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return null;
  return hours * 60 + minutes;
}

/** Minutes after midnight to "HH:MM", wrapping past midnight. */
export function formatClock(minuteOfDay: number): string {
  const wrapped = ((minuteOfDay % 1440) + 1440) % 1440;
  const hours = Math.floor(wrapped / 60);
  const minutes = wrapped % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Block minutes the draft may hold half-typed count as 0, so the sheet never shows NaN. */
function safeMinutes(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export function runSheetRows(blocks: readonly TimedBlockInput[], start: string): RunSheetRow[] {
  let clock = parseClock(start) ?? (parseClock(DEFAULT_START) as number);
  return blocks.map((block) => {
    const minutes = safeMinutes(block.minutes);
    const row = {
      id: block.id,
      title: block.title,
      minutes,
      startMinute: clock,
      endMinute: clock + minutes,
    };
    clock += minutes;
    return row;
  });
}

export function runSheetTotals(blocks: readonly TimedBlockInput[], target: number): RunSheetTotals {
  const total = blocks.reduce((sum, block) => sum + safeMinutes(block.minutes), 0);
  const safeTarget = safeMinutes(target);
  return { total, target: safeTarget, difference: total - safeTarget };
}
