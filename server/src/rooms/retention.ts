import type { RoomRegistry } from './registry.js';
import { RoomElsewhere } from './room-ownership.js';

const HOUR = 60 * 60_000;

/**
 * Deletes ended sessions older than the retention period, events and notes for good: at start
 * and every hour after. Running sessions are never touched.
 */
export function startRetention(
  registry: RoomRegistry,
  retentionDays: number,
  now: () => number,
  onError: (error: unknown) => void,
): { stop(): void; runOnce(): Promise<string[]> } {
  const runOnce = async (): Promise<string[]> => {
    const cutoff = now() - retentionDays * 24 * HOUR;
    const expired = (await registry.list()).filter(
      (room) => room.endedAt !== null && room.endedAt < cutoff,
    );
    const removed: string[] = [];
    for (const room of expired) {
      try {
        await registry.remove(room.roomId);
        removed.push(room.roomId);
      } catch (error) {
        // Open on another node of a cluster: that node's own run deletes it.
        if (!(error instanceof RoomElsewhere)) throw error;
      }
    }
    return removed;
  };
  void runOnce().catch(onError);
  const timer = setInterval(() => void runOnce().catch(onError), HOUR);
  timer.unref();
  return { stop: () => clearInterval(timer), runOnce };
}
