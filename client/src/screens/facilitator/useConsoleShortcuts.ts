import { useEffect } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { isTypingTarget, usesSpaceBar } from '../../lib/keyboard';

export interface ConsoleShortcuts {
  next: () => void;
  previous: () => void;
  toggleTimer: () => void;
}

/** → / PageDown next, ← / PageUp previous, Space starts or pauses the timer; never while typing. */
export function useConsoleShortcuts(shortcuts: ConsoleShortcuts): void {
  const latest = useLatest(shortcuts);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTypingTarget(event.target)) return;
      switch (event.key) {
        case 'ArrowRight':
        case 'PageDown':
          event.preventDefault();
          latest.current.next();
          break;
        case 'ArrowLeft':
        case 'PageUp':
          event.preventDefault();
          latest.current.previous();
          break;
        case ' ':
          if (usesSpaceBar(event.target)) return;
          event.preventDefault();
          latest.current.toggleTimer();
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
