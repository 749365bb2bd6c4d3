import { create } from 'zustand';
import {
  patchedView,
  showView,
  type ConsoleMessage,
  type Scenario,
  type View,
  type WireView,
} from '@samenspel/shared';
import type { ClockEstimate } from '../net/clock';
import type { CommandError, PendingCommand } from '../net/commandQueue';
import type { ConnectionStatus } from '../net/connection';

/** An error as shown once; `n` grows with every report, so the same error can be announced again. */
export interface ShownError {
  error: CommandError;
  n: number;
}

export interface RoomData {
  status: ConnectionStatus;
  view: View | null;
  /** The programme this connection was sent, for the console's views (null for other screens). */
  programme: Scenario | null;
  /** The seq of the view shown; a view with a lower one is stale and dropped. */
  seq: number | null;
  /** Add to Date.now() to get the server's time. */
  clockOffsetMs: number;
  /** Round trip of the clock measurement; null while the offset is only a rough guess. */
  clockRttMs: number | null;
  pending: PendingCommand[];
  lastError: ShownError | null;
  /** Why the server refused the handshake, if it did. */
  refusal: string | null;
}

export interface RoomActions {
  /** Forget everything: a new connection with a new identity begins. */
  reset(): void;
  setStatus(status: ConnectionStatus): void;
  receiveProgramme(programme: Scenario): void;
  /** Shows a view it was sent; false for a console view before any programme (never sent). */
  receiveView(seq: number, serverNow: number, view: WireView, receivedAt: number): boolean;
  /**
   * Applies a console's update to the view shown; false when an update between was missed,
   * which a server never causes (the caller connects again for a whole view).
   */
  receiveConsole(message: ConsoleMessage): boolean;
  setClock(estimate: ClockEstimate): void;
  setPending(pending: PendingCommand[]): void;
  reportError(error: CommandError): void;
  clearError(): void;
  setRefusal(reason: string | null): void;
}

export type RoomStore = RoomData & RoomActions;

export const initialRoomData: RoomData = {
  status: 'connecting',
  view: null,
  programme: null,
  seq: null,
  clockOffsetMs: 0,
  clockRttMs: null,
  pending: [],
  lastError: null,
  refusal: null,
};

/** The live room this tab is connected to: the single source of the client's room state. */
export const useRoomStore = create<RoomStore>((set, get) => ({
  ...initialRoomData,
  reset: () => set({ ...initialRoomData }),
  // A fresh connection starts a fresh sequence: the server's first view is the truth, even if
  // its seq is lower (a data directory restored from a backup, a room imported anew).
  setStatus: (status) =>
    set((state) =>
      status === 'online' && state.status !== 'online' ? { status, seq: null } : { status },
    ),
  receiveProgramme: (programme) =>
    set((state) =>
      state.view?.role === 'facilitator'
        ? { programme, view: { ...state.view, scenario: programme } }
        : { programme },
    ),
  receiveView(seq, serverNow, wire, receivedAt) {
    const current = get();
    const view = showView(wire, current.programme);
    if (view === null) return false;
    // Views are whole; keep the newest. The same seq may come again for a new role (guest →
    // participant), so only a lower seq is stale.
    const sameRoom = current.view?.room.roomId === view.room.roomId;
    if (sameRoom && current.seq !== null && seq < current.seq) return true;
    // Until the clock has been measured, the view's timestamp is a fair first guess.
    const clock =
      current.clockRttMs === null ? { clockOffsetMs: Math.round(serverNow - receivedAt) } : {};
    set({ seq, view, ...clock });
    return true;
  },
  receiveConsole(message) {
    const current = get();
    const view = patchedView(current.view, current.seq, message);
    if (view === 'gap') return false;
    // Stale, or sent before this connection's whole view, which follows and supersedes it.
    if (view === 'stale' || view === 'waiting') return true;
    set({ seq: message.seq, view });
    return true;
  },
  setClock: (estimate) => set({ clockOffsetMs: estimate.offsetMs, clockRttMs: estimate.rttMs }),
  setPending: (pending) => set({ pending }),
  reportError: (error) =>
    set((state) => ({ lastError: { error, n: (state.lastError?.n ?? 0) + 1 } })),
  clearError: () => set({ lastError: null }),
  setRefusal: (refusal) => set({ refusal }),
}));
