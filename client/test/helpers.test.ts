import { describe, expect, it } from 'vitest';
import { actualMsPerBlock } from '../src/lib/agenda';
import { timerToggle } from '../src/lib/timerToggle';
import { keyFromHash } from '../src/net/storage';
import { roomInfo } from './roomFixtures';

describe('agenda actuals', () => {
  it('adds up every visit of a block, the last one running until now', () => {
    const visits = [
      { blockIndex: 0, enteredAt: 0 },
      { blockIndex: 1, enteredAt: 60_000 },
      { blockIndex: 0, enteredAt: 90_000 },
      { blockIndex: 2, enteredAt: 100_000 },
    ];
    const actual = actualMsPerBlock(visits, 130_000);
    expect(actual.get(0)).toBe(70_000);
    expect(actual.get(1)).toBe(30_000);
    expect(actual.get(2)).toBe(30_000);
    expect(actual.has(3)).toBe(false);
  });
});

describe('space bar on the timer', () => {
  it('starts, pauses, resumes, and leaves an expired timer alone', () => {
    expect(timerToggle({ status: 'idle', durationMs: 1 })).toBe('timer.start');
    expect(timerToggle({ status: 'running', durationMs: 1, endsAt: 5 })).toBe('timer.pause');
    expect(timerToggle({ status: 'paused', durationMs: 1, remainingMs: 1 })).toBe('timer.resume');
    expect(timerToggle({ status: 'expired', durationMs: 1, expiredAt: 5 })).toBeNull();
    expect(timerToggle(null)).toBeNull();
  });
});

describe('keys in links', () => {
  it('reads #key= and nothing else', () => {
    expect(keyFromHash('#key=abc_DEF-1')).toBe('abc_DEF-1');
    expect(keyFromHash('#other=1&key=k')).toBe('k');
    expect(keyFromHash('')).toBeNull();
    expect(keyFromHash('#key=')).toBeNull();
  });
});

describe('the room store after a reconnect', () => {
  it('accepts the first view of a new connection even with a lower seq, and a new room always', async () => {
    const { useRoomStore } = await import('../src/state/roomStore');
    const store = useRoomStore.getState();
    store.reset();
    const view = (roomId: string) =>
      ({ role: 'guest', room: roomInfo({ roomId, title: 't' }) }) as const;
    store.setStatus('online');
    useRoomStore.getState().receiveView(50, 0, view('r1'), 0);
    useRoomStore.getState().receiveView(40, 0, view('r1'), 0);
    expect(useRoomStore.getState().seq).toBe(50);
    useRoomStore.getState().setStatus('reconnecting');
    useRoomStore.getState().setStatus('online');
    useRoomStore.getState().receiveView(40, 0, view('r1'), 0);
    expect(useRoomStore.getState().seq).toBe(40);
    useRoomStore.getState().receiveView(3, 0, view('r2'), 0);
    expect(useRoomStore.getState().view?.room.roomId).toBe('r2');
  });
});
