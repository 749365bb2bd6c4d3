import { useEffect, useRef, type RefObject } from 'react';

/** A ref that always holds the latest value, for callbacks an effect should not re-run for. */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}
