import { timerRemainingMs, type Timer } from '@samenspel/shared';

const MINUTE = 60_000;

/** What the schedule needs to know about the session; a FacilitatorView fits. */
export interface ScheduleInput {
  scenario: { blocks: ReadonlyArray<{ minutes: number; meeting?: number | undefined }> };
  room: { startedAt: number | null; meeting?: { number: number } | undefined };
  currentBlockIndex: number | null;
  timer: Timer | null;
  /** Entries of blocks; the last one is when the current block came on screen. */
  visits?: ReadonlyArray<{ blockIndex: number; enteredAt: number }>;
}

/**
 * The part of the programme the schedule is about: the whole of a one-sitting programme from the
 * session's start, or the meeting the room is in from when its first block came on screen (the
 * days of a training are weeks apart, so day two's clock starts on day two).
 */
function scheduleWindow(input: ScheduleInput): {
  startedAt: number | null;
  inIt: (i: number) => boolean;
} {
  const meeting = input.room.meeting?.number;
  if (meeting === undefined) return { startedAt: input.room.startedAt, inIt: () => true };
  const inIt = (i: number) => (input.scenario.blocks[i]?.meeting ?? 1) === meeting;
  const first = input.visits?.find((visit) => inIt(visit.blockIndex));
  const startedAt = meeting === 1 ? input.room.startedAt : (first?.enteredAt ?? null);
  return { startedAt, inIt };
}

/**
 * When each block should start if the session keeps to the programme: the session's (or the
 * meeting's) real start plus the planned minutes of every block before it in it. Empty before it
 * has started; blocks of other meetings have no planned start.
 */
export function plannedStarts(input: ScheduleInput): Array<number | undefined> {
  const { startedAt, inIt } = scheduleWindow(input);
  if (startedAt === null) return [];
  let at = startedAt;
  return input.scenario.blocks.map((block, i) => {
    if (!inIt(i)) return undefined;
    const start = at;
    at += block.minutes * MINUTE;
    return start;
  });
}

/** When the session (or the meeting) should end by the programme; null before it has started. */
export function plannedEnd(input: ScheduleInput): number | null {
  const { startedAt, inIt } = scheduleWindow(input);
  if (startedAt === null) return null;
  const minutes = input.scenario.blocks.reduce((sum, b, i) => sum + (inIt(i) ? b.minutes : 0), 0);
  return startedAt + minutes * MINUTE;
}

/**
 * When the session will end if every block from here on takes its planned time: now, plus what
 * is left on the current block's timer, plus the planned minutes of the blocks after it. A block
 * that overran has an expired timer, so the forecast moves with the clock until the room moves on.
 */
export function forecastEnd(input: ScheduleInput, now: number): number | null {
  const index = input.currentBlockIndex;
  if (input.room.startedAt === null || index === null) return null;
  const { inIt } = scheduleWindow(input);
  const remaining = remainingOfCurrent(input, index, now);
  const after = input.scenario.blocks.reduce(
    (sum, b, i) => sum + (i > index && inIt(i) ? b.minutes : 0),
    0,
  );
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
