import { beforeEach, describe, expect, it } from 'vitest';
import type { View } from '@samenspel/shared';
import { useRoomStore } from '../src/state/roomStore';
import { roomInfo } from './roomFixtures';

const guest = (title: string): View => ({ role: 'guest', room: roomInfo({ title }) });

describe('room store', () => {
  beforeEach(() => useRoomStore.getState().reset());

  it('keeps the view with the highest seq and drops stale ones', () => {
    const store = useRoomStore.getState();
    store.receiveView(5, 1000, guest('five'), 1000);
    store.receiveView(4, 1000, guest('four'), 1000);
    expect(useRoomStore.getState()).toMatchObject({ seq: 5, view: { room: { title: 'five' } } });
    // The same seq may bring a new role's view (guest → participant): it is taken.
    store.receiveView(5, 1000, guest('five again'), 1000);
    store.receiveView(6, 1000, guest('six'), 1000);
    expect(useRoomStore.getState()).toMatchObject({ seq: 6, view: { room: { title: 'six' } } });
  });

  it('guesses the clock from a view until it is measured, then keeps the measurement', () => {
    const store = useRoomStore.getState();
    store.receiveView(1, 10_500, guest('a'), 10_000);
    expect(useRoomStore.getState().clockOffsetMs).toBe(500);
    store.setClock({ offsetMs: 420, rttMs: 30 });
    store.receiveView(2, 99_000, guest('b'), 10_000);
    expect(useRoomStore.getState().clockOffsetMs).toBe(420);
  });

  it('counts reported errors so the same one can be announced again', () => {
    const store = useRoomStore.getState();
    store.reportError({ code: 'invalid_state', message: 'no' });
    store.reportError({ code: 'invalid_state', message: 'no' });
    expect(useRoomStore.getState().lastError?.n).toBe(2);
    store.clearError();
    expect(useRoomStore.getState().lastError).toBeNull();
  });
});
