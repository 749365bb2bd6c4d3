import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { fitFor, rememberFit } from './fitMemory';
import { fitScale } from './fitScale';

/**
 * A projector cannot scroll. The box keeps its size from the layout; when its content is taller,
 * this lowers the `--fit` factor its font size is multiplied by, until the content fits. With
 * `grow` above 1, a short text may also grow up to that factor to use the room it has.
 * `content` is the data that decides what is inside (the text, the cards, the results): plain
 * data, compared by value, so a render with the same text measures nothing.
 */
export function useFitToBox(
  ref: RefObject<HTMLElement | null>,
  content: unknown,
  grow = 1,
  /** Told after each fit whether the content still overflows: it does not fit even at the floor. */
  onFit?: (overflows: boolean) => void,
): void {
  // Every measurement lays the page out again; a search takes a few. A new object with the same
  // text (each live update, each replayed moment) must not start one.
  const text = useMemo(() => JSON.stringify(content) ?? '', [content]);
  // The scale this box had for its last text: a new answer or vote changes it little, so the
  // search starts there and usually ends after two measurements.
  const last = useRef<number | null>(null);
  const report = useRef(onFit);
  report.current = onFit;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Within a pixel counts as fitting: rounding, not overflow.
    const overflow = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return Math.max(
        box.scrollHeight / (box.clientHeight + 1),
        box.scrollWidth / (box.clientWidth + 1),
      );
    };
    let fitted = '';
    const fit = () => {
      // An unlaid-out box (a test's DOM, a hidden tab) measures 0: leave the designed size.
      if (box.clientHeight === 0) return;
      const key = `${box.className}|${grow}|${box.clientWidth}x${box.clientHeight}|${text}`;
      if (key === fitted) return;
      fitted = key;
      // The same text in the same box fitted before (a replay going back and forth): reuse it.
      const known = fitFor(key);
      if (known !== undefined) {
        last.current = Number(known);
        box.style.setProperty('--fit', known);
      } else {
        const floor = Number.parseFloat(getComputedStyle(box).getPropertyValue('--fit-min'));
        const min = Number.isFinite(floor) ? floor : undefined;
        const scale = fitScale(overflow, grow, last.current, min).toFixed(3);
        last.current = Number(scale);
        box.style.setProperty('--fit', scale);
        rememberFit(key, scale);
      }
      // Only a box that asks pays for the one more measurement.
      if (report.current) report.current(overflow(last.current) > 1);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Only the box's own size is watched; changing --fit changes what is inside, not the box.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, text, grow]);
}
