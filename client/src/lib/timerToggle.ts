import type { Timer } from '@samenspel/shared';

export type TimerToggle = 'timer.start' | 'timer.pause' | 'timer.resume';

/** What the space bar does to the timer: start it, pause it or resume it (nothing once expired). */
export function timerToggle(timer: Timer | null): TimerToggle | null {
  switch (timer?.status) {
    case 'idle':
      return 'timer.start';
    case 'running':
      return 'timer.pause';
    case 'paused':
      return 'timer.resume';
    default:
      return null;
  }
}
