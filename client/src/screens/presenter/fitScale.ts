/**
 * Never shrink text below this share of its designed size: past that, it is unreadable anyway. A
 * box may set a higher floor of its own (`--fit-min`: the projector's body text stays 28 px at
 * 1080p); what does not fit at the floor is the box's to handle (the case turns pages).
 */
export const MIN_SCALE = 0.45;
/** The search stops when the scale is known to within this; 1% of a font size is not seen. */
export const PRECISION = 0.01;
/** More measurements than a search ever needs; past it, the largest scale known to fit is kept. */
const MAX_MEASUREMENTS = 16;
/** How fast overflow may be taken to grow with the scale (as its power), when aiming. */
const MAX_POWER = 3;

/**
 * How far content overflows its box at a scale: its size over the box's, the larger of height and
 * width. At most 1 means it fits (and then says nothing about how much room is left).
 */
export type Overflow = (scale: number) => number;

/**
 * The largest scale up to `grow` at which the content fits, near `start` when there is one.
 * Every measurement lays the box out again, so the search aims rather than halves: text that
 * overflows by a ratio r at scale s fits at about s / r^(1/k), where k (1 for text that keeps
 * its lines, 2 for text that wraps to more lines as it grows) is learnt from the overflows seen.
 * It always keeps a scale that fits and one that does not, and halves when aiming does not help.
 */
export function fitScale(
  overflow: Overflow,
  grow: number,
  start: number | null,
  min = MIN_SCALE,
): number {
  let low = Math.min(min, grow);
  let high = grow;
  /** The last two measurements that overflowed, the latest first. */
  const over: { scale: number; ratio: number }[] = [];
  let lastFitted = false;
  let fittedBefore = false;
  let measured = 0;
  const fits = (scale: number) => {
    measured++;
    const ratio = overflow(scale);
    fittedBefore = lastFitted;
    lastFitted = ratio <= 1;
    if (lastFitted) low = Math.max(low, scale);
    else {
      high = Math.min(high, scale);
      over.unshift({ scale, ratio });
      over.length = Math.min(over.length, 2);
    }
    return lastFitted;
  };

  if (start !== null && start > low && start < high) {
    if (!fits(start)) high = start;
    else if (start + PRECISION >= high || !fits(start + PRECISION)) return start;
    else low = start + PRECISION;
  }
  if (high === grow && fits(grow)) return grow;
  while (high - low > PRECISION && measured < MAX_MEASUREMENTS) {
    fits(nextScale(low, high, over, lastFitted, fittedBefore));
  }
  return low;
}

/** Where to measure next, strictly between `low` (fits) and `high` (does not). */
function nextScale(
  low: number,
  high: number,
  over: readonly { scale: number; ratio: number }[],
  lastFitted: boolean,
  fittedBefore: boolean,
): number {
  const middle = (low + high) / 2;
  // An aimed guess just fitted: one step up says whether it was the largest.
  if (lastFitted && !fittedBefore && over.length > 0) return Math.min(low + PRECISION, middle);
  const latest = over[0];
  // Fitted twice in a row (or nothing overflowed yet): the guesses aim too low; halve.
  if (lastFitted || !latest) return middle;
  const previous = over[1];
  const learnt =
    previous && previous.ratio !== latest.ratio && previous.scale !== latest.scale
      ? Math.log(previous.ratio / latest.ratio) / Math.log(previous.scale / latest.scale)
      : 2;
  const power = Math.min(MAX_POWER, Math.max(1, Number.isFinite(learnt) ? learnt : 2));
  // A hair below the aim: landing just under the limit settles it with one more step.
  const aim = latest.scale / latest.ratio ** (1 / power) - PRECISION / 4;
  const margin = PRECISION / 4;
  return aim > low + margin && aim < high - margin ? aim : middle;
}
