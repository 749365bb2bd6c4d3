import { useRef, type ReactNode } from 'react';
import { useFitToBox } from './useFitToBox';

interface FitBoxProps {
  children: ReactNode;
  /** Anything that changes what is inside, so the fit is measured again. */
  content: unknown;
  className?: string;
  testId?: string;
}

/** A region of the stage that shrinks its type to fit rather than scroll or cut off. */
export function FitBox({ children, content, className, testId }: FitBoxProps) {
  const ref = useRef<HTMLDivElement>(null);
  useFitToBox(ref, content);
  return (
    <div ref={ref} className={`stage-fit ${className ?? ''}`} data-testid={testId}>
      {children}
    </div>
  );
}
