import {
  MESSAGE_EVENT,
  phonesAffectedBy,
  projectFacilitatorLive,
  type FacilitatorLive,
  type RoomEvent,
} from '@samenspel/shared';
import type { RoomAuthority } from '../rooms/authority.js';
import { channel, type RoomServer } from './binding.js';
import { consoleUpdate, viewFor, viewMessage, type ConsoleBaseline } from './views.js';

/**
 * Sends changed views after events. Phones get their own view on the next tick (or with their
 * command's ack). The facilitator and presenter get theirs coalesced, so a burst of a thousand
 * votes is a few updates, not a thousand: at once, as the batch becomes durable and before its
 * acks go out, unless one went out less than `staffGapMs` ago. Then, while votes keep coming,
 * when that much time has passed; as soon as the room falls quiet, within a fifth of it, so the
 * end of a burst shows without waiting out the gap.
 *
 * A console gets its whole view when it connects and then only what changed (`ConsoleMessage`),
 * each change from the state the room's consoles were last brought to (`baseline`).
 */
export class RoomBroadcaster {
  private phones: Set<string> | 'all' = new Set();
  private phonesScheduled = false;
  private staffDirty = false;
  private staffTimer: NodeJS.Timeout | null = null;
  private staffTimerAt = 0;
  private quietCheckQueued = false;
  private lastStaffFlush = 0;
  /** Where every console of the room stands; null while none is connected. */
  private baseline: ConsoleBaseline | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly io: RoomServer,
    private readonly authority: RoomAuthority,
    private readonly now: () => number,
    private readonly staffGapMs: number,
  ) {
    this.unsubscribe = authority.subscribe((events) => this.onEvents(events));
  }

  close(): void {
    this.unsubscribe();
    this.staffDirty = false;
    if (this.staffTimer) clearTimeout(this.staffTimer);
  }

  private onEvents(events: readonly RoomEvent[]): void {
    for (const event of events) {
      const affected = phonesAffectedBy(event);
      if (affected === 'all') this.phones = 'all';
      else if (affected !== 'none' && this.phones !== 'all')
        this.phones.add(affected.participantId);
    }
    this.schedulePhones();
    this.scheduleStaff();
  }

  /**
   * A participant's socket was just sent their current view with a command's acknowledgement.
   * When it is their only socket, the next phone flush can leave them out: every event up to
   * the view's seq has already been through onEvents, and a later one marks them again.
   */
  sentWithAck(participantId: string, socketId: string): void {
    if (this.phones === 'all') return;
    const roomId = this.authority.roomId;
    const sockets = this.io.sockets.adapter.rooms.get(channel.participant(roomId, participantId));
    if (sockets?.size === 1 && sockets.has(socketId)) this.phones.delete(participantId);
  }

  private schedulePhones(): void {
    if (this.phonesScheduled) return;
    if (this.phones !== 'all' && this.phones.size === 0) return;
    this.phonesScheduled = true;
    setImmediate(() => this.flushPhones());
  }

  private scheduleStaff(): void {
    this.staffDirty = true;
    // Sent from here, not only from a timer: under a burst the event loop stays busy and a timer
    // fires late, so the console would stand still while the votes are being answered.
    const wait = this.sinceLastFlushUntil(this.staffGapMs);
    if (wait <= 0) return this.flushStaff();
    this.flushStaffBy(wait);
    if (this.quietCheckQueued) return;
    this.quietCheckQueued = true;
    // Events are applied in the loop's check phase; an immediate set now runs in the next one,
    // after the sockets have been read once more: late enough to tell whether more came in.
    setImmediate(() => this.flushStaffIfQuiet());
  }

  private flushStaffIfQuiet(): void {
    if (!this.staffDirty) {
      this.quietCheckQueued = false;
      return;
    }
    // Still busy: look again after the next read (its batch may write nothing, and so never
    // schedule). The timer set meanwhile keeps the console at most a gap behind.
    if (this.authority.busy) {
      setImmediate(() => this.flushStaffIfQuiet());
      return;
    }
    this.quietCheckQueued = false;
    const wait = this.sinceLastFlushUntil(this.staffGapMs / 5);
    if (wait <= 0) return this.flushStaff();
    this.flushStaffBy(wait);
  }

  /** How long until `gapMs` have passed since the last flush; never more, should the clock step back. */
  private sinceLastFlushUntil(gapMs: number): number {
    return Math.min(gapMs, this.lastStaffFlush + gapMs - this.now());
  }

  /** Makes sure the console is brought up to date within `wait` ms (an earlier timer stands). */
  private flushStaffBy(wait: number): void {
    const at = this.now() + wait;
    if (this.staffTimer && this.staffTimerAt <= at) return;
    if (this.staffTimer) clearTimeout(this.staffTimer);
    this.staffTimerAt = at;
    this.staffTimer = setTimeout(() => this.flushStaff(), wait);
  }

  private flushPhones(): void {
    this.phonesScheduled = false;
    const state = this.authority.snapshot;
    const roomId = state.roomId;
    const serverNow = this.now();
    const targets = this.phones === 'all' ? state.participantOrder : [...this.phones];
    if (this.phones === 'all') {
      if (this.listening(channel.guests(roomId))) {
        const guest = viewFor(state, { kind: 'guest' });
        this.io
          .to(channel.guests(roomId))
          .emit(MESSAGE_EVENT, viewMessage(state, guest, serverNow));
      }
    }
    this.phones = new Set();
    for (const participantId of targets) {
      const target = channel.participant(roomId, participantId);
      if (!state.participants[participantId] || !this.listening(target)) continue;
      const view = viewFor(state, { kind: 'participant', id: participantId });
      this.io.to(target).emit(MESSAGE_EVENT, viewMessage(state, view, serverNow));
    }
  }

  /** Projections cost time: skip audiences with nobody connected. */
  private listening(socketRoom: string): boolean {
    return (this.io.sockets.adapter.rooms.get(socketRoom)?.size ?? 0) > 0;
  }

  /**
   * A console is about to join: the consoles already there are brought to the room's state
   * now, so that the newcomer's whole view and theirs stand at the same point, and the next
   * update, the change from there, fits them all. Returns the newcomer's live state.
   */
  consoleJoins(): FacilitatorLive {
    if (this.staffDirty) this.flushStaff();
    // After a flush the baseline shows what the room's state shows, also when its seq is older
    // (nothing a console sees changed since): keeping that seq keeps the consoles there in step.
    if (this.baseline) return this.baseline.live;
    const state = this.authority.snapshot;
    const live = projectFacilitatorLive(state);
    this.baseline = { live, seq: state.seq };
    return live;
  }

  private flushStaff(): void {
    if (this.staffTimer) clearTimeout(this.staffTimer);
    this.staffTimer = null;
    if (!this.staffDirty) return;
    this.staffDirty = false;
    this.lastStaffFlush = this.now();
    const state = this.authority.snapshot;
    const serverNow = this.lastStaffFlush;
    this.sendConsoles(serverNow);
    const presenters = channel.presenters(state.roomId);
    if (this.listening(presenters)) {
      const view = viewFor(state, { kind: 'presenter' });
      this.io.to(presenters).emit(MESSAGE_EVENT, viewMessage(state, view, serverNow));
    }
  }

  private sendConsoles(serverNow: number): void {
    const state = this.authority.snapshot;
    const consoles = channel.facilitators(state.roomId);
    if (!this.listening(consoles)) {
      // Nobody to keep in step: the next console starts from a whole view.
      this.baseline = null;
      return;
    }
    if (!this.baseline) {
      // Consoles that joined without a baseline (before this broadcaster) get a whole view.
      const live = projectFacilitatorLive(state);
      this.baseline = { live, seq: state.seq };
      this.io.to(consoles).emit(MESSAGE_EVENT, viewMessage(state, live, serverNow));
      return;
    }
    const update = consoleUpdate(this.baseline, state, serverNow);
    if (!update) return;
    this.baseline = update.baseline;
    this.io.to(consoles).emit(MESSAGE_EVENT, update.message);
  }
}
