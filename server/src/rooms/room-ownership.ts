/**
 * Which node may run a room. On one node (the embedded SQLite file) that is always this one.
 * On several nodes sharing PostgreSQL, each room is held by one node at a time under a lease
 * with a fencing epoch (pg-room-leases.ts): a node runs only the rooms it holds, and every
 * append checks the epoch, so a node that lost a room can never write to its log.
 */
export interface RoomOwnership {
  /**
   * Takes the room for this node before it is loaded or created: resolves true when this node
   * holds it (already, or from now on), false while another live node does.
   */
  take(roomId: string): Promise<boolean>;
  /** Whether this node holds the room now (a room can be lost while it is being loaded). */
  holds(roomId: string): boolean;
  /**
   * Whether another live node runs the room, from the lease alone (nothing is taken or
   * loaded): what routing asks before a request is let in.
   */
  runsElsewhere(roomId: string): Promise<boolean>;
  /** From now on this node takes no room up (it is draining before it stops). */
  stopTaking(): void;
  /**
   * Lets the room go. `handOver`: another node takes it up at once (this node is stopping
   * while the room runs); otherwise it waits until someone asks for it (an idle room let go).
   */
  release(roomId: string, handOver: boolean): Promise<void>;
  /** Told when this node lost a room it held (the lease ran out or was taken): drop it now. */
  onLost(listener: (roomId: string, why: string) => void): void;
  /**
   * Told of rooms that run but nobody holds (their node died or handed them over): this node
   * may take them up, re-arming their timers. Never told on one node.
   */
  onOrphans(listener: (roomIds: string[]) => void): void;
  close(handOver: boolean): Promise<void>;
}

/** A room another node holds: the request must go there (the proxy tries the next node). */
export class RoomElsewhere extends Error {
  override name = 'RoomElsewhere';
  constructor(readonly roomId: string) {
    super(`room ${roomId} runs on another server`);
  }
}

/** One node, one store: every room is this node's. */
export const soleOwnership: RoomOwnership = {
  take: () => Promise.resolve(true),
  holds: () => true,
  runsElsewhere: () => Promise.resolve(false),
  stopTaking: () => undefined,
  release: () => Promise.resolve(),
  onLost: () => undefined,
  onOrphans: () => undefined,
  close: () => Promise.resolve(),
};
