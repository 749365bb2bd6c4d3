import { useState } from 'react';
import { DEFAULT_START, parseClock } from './runSheet';

const KEY_PREFIX = 'samenspel.studio.start.';

function readStored(programmeId: string): string {
  try {
    const stored = localStorage.getItem(KEY_PREFIX + programmeId);
    return stored !== null && parseClock(stored) !== null ? stored : DEFAULT_START;
  } catch {
    return DEFAULT_START;
  }
}

/**
 * The start time the trainer picked for this programme, remembered on this device: the same
 * programme usually starts at the same hour, so the sheet opens as it was left. What is being
 * typed is kept as typed (it may not be a time yet); only a valid time is remembered.
 */
export function useStartTime(programmeId: string): [string, (text: string) => void] {
  const [typed, setTyped] = useState<{ programmeId: string; text: string } | null>(null);
  const text = typed?.programmeId === programmeId ? typed.text : readStored(programmeId);
  const set = (next: string) => {
    setTyped({ programmeId, text: next });
    if (parseClock(next) === null) return;
    try {
      localStorage.setItem(KEY_PREFIX + programmeId, next);
    } catch {
      // Private mode or storage full: the choice still holds while the page is open.
    }
  };
  return [text, set];
}
