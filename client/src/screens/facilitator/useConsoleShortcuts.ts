import { useEffect } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { isTypingTarget, usesSpaceBar } from '../../lib/keyboard';

export interface ConsoleShortcuts {
  /** Off in a replay, where the same keys move through the recording instead. */
  enabled?: boolean;
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
    // A button clicked with the mouse keeps the focus, and Space would then press it again
    // (Next twice) instead of starting the timer. Mouse users don't need that focus; keyboard
    // users keep theirs, since a keyboard "click" has no pointer detail.
    const onClick = (event: MouseEvent) => {
      if (event.detail === 0) return;
      const button = (event.target as Element | null)?.closest?.('button');
      if (button instanceof HTMLElement) button.blur();
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (latest.current.enabled === false) return;
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
