import { useLayoutEffect, useMemo, type RefObject } from 'react';
import { fitFor, rememberFit } from './fitMemory';

/** Never shrink text below this share of its designed size: past that, it is unreadable anyway. */
const MIN_SCALE = 0.45;

/**
 * A projector cannot scroll. The box keeps its size from the layout; when its content is taller,
 * this lowers the `--fit` factor its font size is multiplied by, until the content fits. With
 * `grow` above 1, a short text may also grow up to that factor to use the room it has.
 * `content` is the data that decides what is inside (the text, the cards, the results): plain
 * data, compared by value, so a render with the same text measures nothing.
 */
export function useFitToBox(ref: RefObject<HTMLElement | null>, content: unknown, grow = 1): void {
  // Every measurement lays the page out again; a search takes ten. A new object with the same
  // text (each live update, each replayed moment) must not start one.
  const text = useMemo(() => JSON.stringify(content) ?? '', [content]);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fits = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
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
      if (known !== undefined) return void box.style.setProperty('--fit', known);
      if (fits(grow)) return rememberFit(key, String(grow));
      let low = MIN_SCALE;
      let high = grow;
      for (let step = 0; step < 9; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      box.style.setProperty('--fit', low.toFixed(3));
      rememberFit(key, low.toFixed(3));
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Only the box's own size is watched; changing --fit changes what is inside, not the box.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, text, grow]);
}
