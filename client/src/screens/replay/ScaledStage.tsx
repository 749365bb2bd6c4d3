import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The projector the replay draws: 1280×720, the presenter screen's own 16:9. */
export const STAGE = { width: 1280, height: 720 } as const;

/**
 * The presenter screen at the size of a real projector, scaled down as a picture into the
 * space it has. Sized in its own units (--u) as on the wall, its layout is the one the room saw,
 * not a reflow for a narrow column.
 */
export function ScaledStage({ children }: { children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return;
    const fit = () => {
      if (element.clientWidth > 0) setScale(element.clientWidth / STAGE.width);
    };
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={frame} className="replay-stage">
      <div
        className="replay-stage__screen"
        style={{ width: STAGE.width, height: STAGE.height, transform: `scale(${scale})` }}
      >
        {children}
      </div>
    </div>
  );
}
