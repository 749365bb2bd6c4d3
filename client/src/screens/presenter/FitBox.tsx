import { useRef, type ReactNode } from 'react';
import { useFitToBox } from './useFitToBox';

interface FitBoxProps {
  children: ReactNode;
  /** Anything that changes what is inside, so the fit is measured again. */
  content: unknown;
  className?: string;
  testId?: string;
  /** How far a short text may grow beyond its designed size to fill the box (1: not at all). */
  grow?: number;
  /** Told whether the content still overflows at the box's floor (`--fit-min`). */
  onFit?: (overflows: boolean) => void;
}

/** A region of the stage that shrinks its type to fit rather than scroll or cut off. */
export function FitBox({ children, content, className, testId, grow = 1, onFit }: FitBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFitToBox(ref, content, grow, onFit);
  return (
    <div ref={ref} className={`stage-fit ${className ?? ''}`} data-testid={testId}>
      {children}
    </div>
  );
}
