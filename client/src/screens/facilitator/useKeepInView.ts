import { useEffect, type RefObject } from 'react';

/**
 * Keeps the element that matches `selector` in sight inside its own scroll box, whenever `key`
 * changes or the window is resized: the agenda scrolls in its column, and the block the room is on should not hide below
 * its edge. Only the box scrolls, never the page (scrollIntoView would move both).
 */
export function useKeepInView(
  box: RefObject<HTMLElement | null>,
  selector: string,
  key: unknown,
): void {
  useEffect(() => {
    const keep = () => {
      const container = box.current;
      const target = container?.querySelector<HTMLElement>(selector);
      if (!container || !target || container.scrollHeight <= container.clientHeight) return;
      const boxRect = container.getBoundingClientRect();
      const rect = target.getBoundingClientRect();
      if (rect.top >= boxRect.top && rect.bottom <= boxRect.bottom) return;
      // A third from the top: the blocks just done stay visible above, what comes next below.
      const offset = rect.top - boxRect.top + container.scrollTop;
      container.scrollTop = Math.max(0, offset - container.clientHeight / 3);
    };
    keep();
    // A resized window (a laptop turned to the projector's resolution) reshapes the box.
    window.addEventListener('resize', keep);
    return () => window.removeEventListener('resize', keep);
  }, [box, selector, key]);
}
