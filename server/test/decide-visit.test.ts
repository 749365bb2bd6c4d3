import { describe, expect, it } from 'vitest';
import {
  ScenarioSchema,
  foldRoom,
  reduceRoom,
  type Command,
  type RoomEvent,
  type RoomEventDraft,
  type RoomState,
} from '@samenspel/shared';
import { decide, type DecideContext } from '../src/rooms/decide.js';

const T0 = Date.UTC(2026, 2, 10, 9, 0, 0);
const SEC = 1000;
const MIN = 60 * SEC;

const scenario = ScenarioSchema.parse({
  id: 'bezoek',
  title: 'Bezoeken houden hun tijd',
  minutes: 20,
  blocks: [
    { id: 'casus', kind: 'info', title: 'Casus', minutes: 5 },
    { id: 'stem', kind: 'info', title: 'Stemming', minutes: 5 },
    { id: 'pauze', kind: 'break', title: 'Pauze', minutes: 10, autoStartTimer: true },
  ],
});

/** The new room, before anything happened in it. */
const created = (): RoomState =>
  reduceRoom(null, {
    seq: 1,
    at: T0,
    actor: { kind: 'facilitator' },
    type: 'room_created',
    roomId: 'r-1',
    code: 'K7W4PX',
    groupName: null,
    scenario,
  });

/** A room as the authority keeps it: every decision stamped and folded in, at its moment. */
class Room {
  state: RoomState = created();
  readonly events: RoomEvent[] = [];

  send(type: Command['type'], atMs: number, extra: Record<string, unknown> = {}): RoomEventDraft[] {
    const ctx: DecideContext = {
      now: T0 + atMs,
      newParticipantId: () => 'p-1',
      newReflectionId: () => 'f-1',
      shuffle: (items) => [...items],
    };
    const command = { v: 1, id: `command-${this.state.seq}-0000000`, type, ...extra } as Command;
    const drafts = decide(this.state, { kind: 'facilitator' }, command, ctx);
    for (const draft of drafts) {
      const event = {
        ...draft,
        seq: this.state.seq + 1,
        at: T0 + atMs,
        actor: { kind: 'facilitator' },
      } as RoomEvent;
      this.events.push(event);
      this.state = reduceRoom(this.state, event);
    }
    return drafts;
  }
}

describe('leaving a block with its timer running', () => {
  it('pauses it on the way out, marked automatic, so no deadline runs for a block off screen', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('timer.start', 10 * SEC);
    const drafts = room.send('block.next', 1 * MIN + 58 * SEC);
    expect(drafts).toEqual([
      { type: 'timer_paused', remainingMs: 3 * MIN + 12 * SEC, automatic: true },
      { type: 'block_entered', blockIndex: 1 },
    ]);
    expect(room.state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
  });

  it('comes back to the time that was left, paused, and resumes from there', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('timer.start', 10 * SEC);
    room.send('block.next', 1 * MIN + 58 * SEC);
    const back = room.send('block.previous', 4 * MIN);
    const left = { status: 'paused', durationMs: 5 * MIN, remainingMs: 3 * MIN + 12 * SEC };
    expect(back).toEqual([{ type: 'block_entered', blockIndex: 0, timer: left }]);
    expect(room.state.timer).toEqual(left);
    // Resuming counts the 3:12 from the moment of resuming, not from when the block was left.
    expect(room.send('timer.resume', 5 * MIN)).toEqual([
      { type: 'timer_started', endsAt: T0 + 5 * MIN + 3 * MIN + 12 * SEC },
    ]);
  });

  it('comes back to a timer whose time was up as up, and to a lengthened one not yet started', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('timer.start', 0);
    // Past the deadline, before the authority wrote the expiry: leaving writes it.
    expect(room.send('block.next', 5 * MIN + 100)[0]).toEqual({
      type: 'timer_expired',
      automatic: true,
    });
    room.send('timer.extend', 5 * MIN + 200, { byMs: MIN });
    room.send('block.previous', 6 * MIN);
    expect(room.state.timer).toEqual({
      status: 'expired',
      durationMs: 5 * MIN,
      expiredAt: T0 + 5 * MIN + 100,
    });
    expect(room.send('block.next', 7 * MIN)).toEqual([
      { type: 'block_entered', blockIndex: 1, timer: { status: 'idle', durationMs: 6 * MIN } },
    ]);
  });

  it('enters a block never started with a fresh timer, as before', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('block.next', MIN);
    expect(room.send('block.previous', 2 * MIN)).toEqual([
      { type: 'block_entered', blockIndex: 0 },
    ]);
    expect(room.state.timer).toEqual({ status: 'idle', durationMs: 5 * MIN });
  });
});

describe('a block that starts its timer by itself', () => {
  it('writes the start in the same batch as entering it, marked automatic', () => {
    const room = new Room();
    room.send('session.start', 0);
    const drafts = room.send('block.goto', MIN, { blockId: 'pauze' });
    expect(drafts).toEqual([
      { type: 'block_entered', blockIndex: 2 },
      { type: 'timer_started', endsAt: T0 + 11 * MIN, automatic: true },
    ]);
    expect(room.state.timer).toEqual({
      status: 'running',
      durationMs: 10 * MIN,
      endsAt: T0 + 11 * MIN,
    });
  });

  it('starts from the lobby too, when the session opens on it', () => {
    const room = new Room();
    const drafts = room.send('block.goto', 0, { blockId: 'pauze' });
    expect(drafts.map((draft) => draft.type)).toEqual([
      'session_started',
      'block_entered',
      'timer_started',
    ]);
  });

  it('on a return, brings back what was left instead of starting over', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('block.goto', MIN, { blockId: 'pauze' });
    room.send('block.previous', 3 * MIN);
    expect(room.send('block.next', 4 * MIN)).toEqual([
      {
        type: 'block_entered',
        blockIndex: 2,
        timer: { status: 'paused', durationMs: 10 * MIN, remainingMs: 8 * MIN },
      },
    ]);
  });

  it('folds to the same state from its log, as a restart or the replay does', () => {
    const room = new Room();
    room.send('session.start', 0);
    room.send('block.goto', MIN, { blockId: 'pauze' });
    room.send('block.previous', 3 * MIN);
    room.send('block.next', 4 * MIN);
    expect(foldRoom(room.events, created())).toEqual(room.state);
  });
});
