import { useLayoutEffect, type RefObject } from 'react';

/** Never shrink text below this share of its designed size: past that, it is unreadable anyway. */
const MIN_SCALE = 0.45;

/**
 * A projector cannot scroll. The box keeps its size from the layout; when its content is taller,
 * this lowers the `--fit` factor its font size is multiplied by, until the content fits. With
 * `grow` above 1, a short text may also grow up to that factor to use the room it has.
 * `content` is anything that changes what is inside (the text, the number of cards).
 */
export function useFitToBox(ref: RefObject<HTMLElement | null>, content: unknown, grow = 1): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const fits = (scale: number) => {
      box.style.setProperty('--fit', String(scale));
      return box.scrollHeight <= box.clientHeight + 1 && box.scrollWidth <= box.clientWidth + 1;
    };
    const fit = () => {
      // An unlaid-out box (a test's DOM, a hidden tab) measures 0: leave the designed size.
      if (box.clientHeight === 0 || fits(grow)) return;
      let low = MIN_SCALE;
      let high = grow;
      for (let step = 0; step < 9; step++) {
        const middle = (low + high) / 2;
        if (fits(middle)) low = middle;
        else high = middle;
      }
      box.style.setProperty('--fit', low.toFixed(3));
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    // Only the box's own size is watched; changing --fit changes what is inside, not the box.
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref, content, grow]);
}
