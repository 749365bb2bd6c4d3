import type { RoomRegistry } from './registry.js';

export interface EvictionOptions {
  /** How long an ended room stays in memory after it was last asked for. */
  idleMs: number;
  /** How often to look. */
  everyMs: number;
  /** Rooms someone is connected to right now: those stay. */
  roomsInUse: () => ReadonlySet<string>;
  onError: (error: unknown) => void;
}

/**
 * Lets go of ended rooms that are idle, so opening many past sessions in the library does not
 * grow the server's memory for good. Their logs stay on disk and load again when asked for.
 */
export function startEviction(registry: RoomRegistry, options: EvictionOptions): { stop(): void } {
  const timer = setInterval(() => {
    void registry.unloadIdle(options.idleMs, options.roomsInUse()).catch(options.onError);
  }, options.everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
