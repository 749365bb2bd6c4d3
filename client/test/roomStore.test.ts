import { beforeEach, describe, expect, it } from 'vitest';
import {
  diffConsole,
  type ConsoleMessage,
  type FacilitatorView,
  type View,
} from '@samenspel/shared';
import { useRoomStore } from '../src/state/roomStore';
import { roomInfo } from './roomFixtures';
import { run, scenario, viewAt } from './consoleFixtures';

/** A console's view as the server sends it: without the programme. */
const live = (view: FacilitatorView) => {
  const { scenario: _programme, ...rest } = view;
  return rest;
};

const update = (seq: number, base: number, from: FacilitatorView, to: FacilitatorView) =>
  ({
    v: 1,
    type: 'console',
    seq,
    base,
    serverNow: 0,
    patch: diffConsole(live(from), live(to))!,
  }) satisfies ConsoleMessage;

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

  it('shows a console its programme with the live state, then follows its updates', () => {
    const store = useRoomStore.getState();
    const before = viewAt('stem-a', run({ answered: 1 }));
    const after = viewAt('stem-a', run({ answered: 2 }));
    // A live view before any programme is not shown (a server always sends the programme first).
    expect(store.receiveView(3, 0, live(before), 0)).toBe(false);
    store.receiveProgramme(scenario);
    expect(store.receiveView(3, 0, live(before), 0)).toBe(true);
    expect(useRoomStore.getState().view).toEqual(before);

    expect(store.receiveConsole(update(5, 3, before, after))).toBe(true);
    expect(useRoomStore.getState()).toMatchObject({ seq: 5, view: after });
    // An update that is not newer changes nothing; one after a missed update says so.
    expect(store.receiveConsole(update(5, 3, before, before))).toBe(true);
    expect(useRoomStore.getState().view).toEqual(after);
    expect(store.receiveConsole(update(9, 7, after, before))).toBe(false);
    expect(useRoomStore.getState().view).toEqual(after);
  });

  it('waits for the whole view after a reconnect instead of patching what it had', () => {
    const store = useRoomStore.getState();
    const before = viewAt('stem-a', run({ answered: 1 }));
    store.receiveProgramme(scenario);
    store.receiveView(3, 0, live(before), 0);
    store.setStatus('reconnecting');
    store.setStatus('online');
    const after = viewAt('stem-a', run({ answered: 4 }));
    expect(store.receiveConsole(update(6, 3, before, after))).toBe(true);
    expect(useRoomStore.getState().view).toEqual(before);
  });
});
