import type { RoomEventDraft, RoomState, Timer } from '@samenspel/shared';

/**
 * Moving to another block. A visit's timer survives navigation: a running timer is paused where
 * it stands when the room leaves its block (the room is no longer doing that block, and only one
 * clock is on screen), and a later visit comes back to it paused, with the time that was left,
 * for the trainer to resume. A block whose timer has not run yet starts fresh, and starts by
 * itself when the programme says so (`autoStartTimer`, e.g. a break).
 */
export function enterBlock(state: RoomState, target: number, now: number): RoomEventDraft[] {
  const block = state.scenario.blocks[target];
  if (!block) throw new Error(`no block at index ${target}`);
  const drafts: RoomEventDraft[] = [];
  const leaving = state.currentBlockIndex === null ? null : state.timer;
  if (leaving?.status === 'running') {
    // Past its deadline but not yet written up: it is up, not paused with nothing left.
    drafts.push(
      leaving.endsAt <= now
        ? { type: 'timer_expired', automatic: true }
        : { type: 'timer_paused', remainingMs: leaving.endsAt - now, automatic: true },
    );
  }
  const durationMs = block.minutes * 60_000;
  const left = state.leftTimers[block.id];
  if (left && !isFresh(left, durationMs)) {
    drafts.push({ type: 'block_entered', blockIndex: target, timer: left });
    return drafts;
  }
  drafts.push({ type: 'block_entered', blockIndex: target });
  if (block.autoStartTimer && durationMs > 0) {
    drafts.push({ type: 'timer_started', endsAt: now + durationMs, automatic: true });
  }
  return drafts;
}

/** Not started, and not lengthened or shortened either: nothing to come back to. */
function isFresh(timer: Timer, durationMs: number): boolean {
  return timer.status === 'idle' && timer.durationMs === durationMs;
}
