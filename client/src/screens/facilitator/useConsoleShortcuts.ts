import { useEffect } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { isTypingTarget, usesSpaceBar } from '../../lib/keyboard';

export interface ConsoleShortcuts {
  next: () => void;
  previous: () => void;
  toggleTimer: () => void;
  toggleLock: () => void;
  toggleReveal: () => void;
  toggleHelp: () => void;
}

/**
 * → / PageDown next, ← / PageUp previous, Space starts or pauses the timer, L locks or unlocks
 * the answers, R reveals or hides the results, ? shows the list; never while typing.
 */
export function useConsoleShortcuts(shortcuts: ConsoleShortcuts): void {
  const latest = useLatest(shortcuts);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTypingTarget(event.target)) return;
      // "?" needs Shift on most keyboards, so it is the one key allowed with it.
      if (event.key === '?') {
        event.preventDefault();
        latest.current.toggleHelp();
        return;
      }
      if (event.shiftKey) return;
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
        // Caps Lock gives capitals without Shift; both mean the same.
        case 'l':
        case 'L':
          event.preventDefault();
          latest.current.toggleLock();
          break;
        case 'r':
        case 'R':
          event.preventDefault();
          latest.current.toggleReveal();
          break;
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [latest]);
}
