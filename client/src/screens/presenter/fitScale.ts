/** Never shrink text below this share of its designed size: past that, it is unreadable anyway. */
export const MIN_SCALE = 0.45;
/** The search stops when the scale is known to within this; 1% of a font size is not seen. */
export const PRECISION = 0.01;

/** The largest scale up to `grow` at which the content fits, near `start` when there is one. */
export function fitScale(
  fits: (scale: number) => boolean,
  grow: number,
  start: number | null,
): number {
  let low = MIN_SCALE;
  let high = grow;
  if (start !== null && start > low && start < high) {
    if (!fits(start)) high = start;
    else if (start + PRECISION >= high || !fits(start + PRECISION)) return start;
    else low = start + PRECISION;
  }
  if (high === grow && fits(grow)) return grow;
  while (high - low > PRECISION) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return low;
}
