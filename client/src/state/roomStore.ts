import { create } from 'zustand';
import type { View } from '@samenspel/shared';
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
  receiveView(seq: number, serverNow: number, view: View, receivedAt: number): void;
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
  receiveView(seq, serverNow, view, receivedAt) {
    const current = get();
    // Views are whole; keep the newest. The same seq may come again for a new role (guest →
    // participant), so only a lower seq is stale.
    const sameRoom = current.view?.room.roomId === view.room.roomId;
    if (sameRoom && current.seq !== null && seq < current.seq) return;
    // Until the clock has been measured, the view's timestamp is a fair first guess.
    const clock =
      current.clockRttMs === null ? { clockOffsetMs: Math.round(serverNow - receivedAt) } : {};
    set({ seq, view, ...clock });
  },
  setClock: (estimate) => set({ clockOffsetMs: estimate.offsetMs, clockRttMs: estimate.rttMs }),
  setPending: (pending) => set({ pending }),
  reportError: (error) =>
    set((state) => ({ lastError: { error, n: (state.lastError?.n ?? 0) + 1 } })),
  clearError: () => set({ lastError: null }),
  setRefusal: (refusal) => set({ refusal }),
}));
