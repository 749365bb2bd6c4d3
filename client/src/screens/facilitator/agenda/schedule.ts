import { timerRemainingMs, type Timer } from '@samenspel/shared';

const MINUTE = 60_000;

/** What the schedule needs to know about the session; a FacilitatorView fits. */
export interface ScheduleInput {
  scenario: { blocks: ReadonlyArray<{ minutes: number }> };
  room: { startedAt: number | null };
  currentBlockIndex: number | null;
  timer: Timer | null;
  /** Entries of blocks; the last one is when the current block came on screen. */
  visits?: ReadonlyArray<{ blockIndex: number; enteredAt: number }>;
}

/**
 * When each block should start if the session keeps to the programme: the session's real start
 * plus the planned minutes of every block before it. Empty before the session has started.
 */
export function plannedStarts(input: ScheduleInput): number[] {
  const { startedAt } = input.room;
  if (startedAt === null) return [];
  let at = startedAt;
  return input.scenario.blocks.map((block) => {
    const start = at;
    at += block.minutes * MINUTE;
    return start;
  });
}

/** When the session should end by the programme; null before it has started. */
export function plannedEnd(input: ScheduleInput): number | null {
  const { startedAt } = input.room;
  if (startedAt === null) return null;
  return startedAt + input.scenario.blocks.reduce((sum, b) => sum + b.minutes, 0) * MINUTE;
}

/**
 * When the session will end if every block from here on takes its planned time: now, plus what
 * is left on the current block's timer, plus the planned minutes of the blocks after it. A block
 * that overran has an expired timer, so the forecast moves with the clock until the room moves on.
 */
export function forecastEnd(input: ScheduleInput, now: number): number | null {
  const index = input.currentBlockIndex;
  if (input.room.startedAt === null || index === null) return null;
  const remaining = remainingOfCurrent(input, index, now);
  const after = input.scenario.blocks.slice(index + 1).reduce((sum, b) => sum + b.minutes, 0);
  return now + remaining + after * MINUTE;
}

/**
 * What is left of the current block. A running or paused timer says so itself; a timer not
 * started yet does not mean the block has not begun: count from when it came on screen.
 */
function remainingOfCurrent(input: ScheduleInput, index: number, now: number): number {
  const timer = input.timer;
  if (!timer) return 0;
  if (timer.status !== 'idle') return timerRemainingMs(timer, now);
  const entered = input.visits?.[input.visits.length - 1];
  const spent = entered && entered.blockIndex === index ? Math.max(0, now - entered.enteredAt) : 0;
  return Math.max(0, timer.durationMs - spent);
}

/** Whole minutes the forecast lies behind (positive) or ahead of (negative) the plan. */
export function scheduleDeltaMinutes(forecast: number, planned: number): number {
  const minutes = Math.round((forecast - planned) / MINUTE);
  // Math.round gives -0 for small leads; the label only needs "on schedule".
  return minutes === 0 ? 0 : minutes;
}
