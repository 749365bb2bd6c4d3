import { randomBytes } from 'node:crypto';
import {
  joinCodeFromBytes,
  normalizeJoinCode,
  type ProgrammeRef,
  type Scenario,
} from '@samenspel/shared';
import { DuplicateImport, type EventStore, type StoredRoom } from '../store/event-store.js';
import type { ImportedLog } from './import-check.js';
import { RoomAuthority, type AuthorityDeps } from './authority.js';

/**
 * Every room this server knows: the live ones in memory (restored from their logs on start),
 * the ended ones loaded from the store when someone asks for them.
 */
export class RoomRegistry {
  private readonly live = new Map<string, RoomAuthority>();
  private readonly loading = new Map<string, Promise<RoomAuthority | null>>();
  private readonly created = new Set<(authority: RoomAuthority) => void>();
  private readonly removed = new Set<(roomId: string) => void>();
  private readonly unloaded = new Set<(roomId: string) => void>();
  /** When each room in memory was last asked for, so an idle ended room can be let go. */
  private readonly lastUsed = new Map<string, number>();

  private constructor(private readonly deps: AuthorityDeps) {}

  /** Opens the registry and brings back every room that has not ended. */
  static async open(deps: AuthorityDeps): Promise<RoomRegistry> {
    const registry = new RoomRegistry(deps);
    for (const room of await deps.store.listRooms()) {
      if (room.endedAt === null) await registry.load(room.roomId);
    }
    return registry;
  }

  get store(): EventStore {
    return this.deps.store;
  }

  /** Rooms currently held in memory. */
  get liveRooms(): RoomAuthority[] {
    return [...this.live.values()];
  }

  onLoaded(listener: (authority: RoomAuthority) => void): void {
    this.created.add(listener);
  }

  async create(
    scenario: Scenario,
    groupName: string | null,
    programme?: ProgrammeRef,
  ): Promise<RoomAuthority> {
    const roomId = this.deps.randomId('r');
    const code = await this.freeCode();
    const authority = await RoomAuthority.create(this.deps, {
      roomId,
      code,
      scenario,
      groupName,
      ...(programme ? { programme } : {}),
    });
    this.live.set(roomId, authority);
    this.lastUsed.set(roomId, this.deps.now());
    for (const listener of this.created) listener(authority);
    return authority;
  }

  /** The room's authority, loading it from its log when it is not in memory. */
  async get(roomId: string): Promise<RoomAuthority | null> {
    const live = this.live.get(roomId);
    if (live) this.lastUsed.set(roomId, this.deps.now());
    return live ?? this.load(roomId);
  }

  async findByCode(input: string): Promise<RoomAuthority | null> {
    const code = normalizeJoinCode(input);
    if (!code) return null;
    const stored = await this.deps.store.findRoomByCode(code);
    return stored ? this.get(stored.roomId) : null;
  }

  async list(): Promise<StoredRoom[]> {
    return this.deps.store.listRooms();
  }

  /**
   * Lets go of ended rooms nobody has asked for in `idleMs` and nobody is connected to: a
   * library of past sessions opened for a report must not stay in memory for good. Their logs
   * stay; the next request loads them again. A room resting between two meetings (for weeks,
   * with no timer armed) goes the same way; running rooms are never let go.
   */
  async unloadIdle(idleMs: number, inUse: ReadonlySet<string>): Promise<string[]> {
    const cutoff = this.deps.now() - idleMs;
    const idle = [...this.live.values()].filter(
      (authority) =>
        (authority.snapshot.status === 'ended' || authority.snapshot.restingSince !== null) &&
        !inUse.has(authority.roomId) &&
        (this.lastUsed.get(authority.roomId) ?? 0) <= cutoff,
    );
    for (const authority of idle) {
      this.live.delete(authority.roomId);
      this.lastUsed.delete(authority.roomId);
      // Told before the wait: a request during close() loads the room anew, and its new
      // broadcaster must not be the one taken down here.
      for (const listener of this.unloaded) listener(authority.roomId);
      await authority.close();
    }
    return idle.map((authority) => authority.roomId);
  }

  /** Told when a room leaves memory, deleted or let go; either way its connections are gone. */
  onUnloaded(listener: (roomId: string) => void): void {
    this.unloaded.add(listener);
  }

  /** Forgets a room for good: its authority stops and its log is deleted. */
  async remove(roomId: string): Promise<void> {
    const authority = this.live.get(roomId);
    this.live.delete(roomId);
    this.lastUsed.delete(roomId);
    await authority?.close();
    for (const listener of this.removed) listener(roomId);
    if (authority) for (const listener of this.unloaded) listener(roomId);
    await this.deps.store.deleteRoom(roomId);
  }

  onRemoved(listener: (roomId: string) => void): void {
    this.removed.add(listener);
  }

  /**
   * Stores a checked log brought from elsewhere as a new room here: a fresh id and join code,
   * the events as they were otherwise. Resolves with the new room, or with the room already
   * holding the same log (`duplicate`), in which case nothing is written.
   */
  async importLog(log: ImportedLog): Promise<{ roomId: string; duplicate: boolean }> {
    const existing = await this.deps.store.findRoomByDigest(log.digest);
    if (existing) return { roomId: existing.roomId, duplicate: true };
    const roomId = this.deps.randomId('r');
    const code = await this.freeCode();
    try {
      await this.deps.store.importRoom(roomId, { ...log, first: { ...log.first, roomId, code } });
    } catch (error) {
      const again =
        error instanceof DuplicateImport && (await this.deps.store.findRoomByDigest(log.digest));
      if (again) return { roomId: again.roomId, duplicate: true };
      throw error;
    }
    return { roomId, duplicate: false };
  }

  async close(): Promise<void> {
    await Promise.all([...this.live.values()].map((authority) => authority.close()));
    this.live.clear();
  }

  private load(roomId: string): Promise<RoomAuthority | null> {
    const pending = this.loading.get(roomId);
    if (pending) return pending;
    const loading = (async () => {
      const events = await this.deps.store.read(roomId);
      if (events.length === 0) return null;
      const authority = await RoomAuthority.restore(this.deps, events);
      this.live.set(roomId, authority);
      this.lastUsed.set(roomId, this.deps.now());
      for (const listener of this.created) listener(authority);
      return authority;
    })().finally(() => this.loading.delete(roomId));
    this.loading.set(roomId, loading);
    return loading;
  }

  private async freeCode(): Promise<string> {
    // 31^6 ≈ 887 million codes: a clash is rare, but a code must never point at two rooms.
    for (;;) {
      const code = joinCodeFromBytes(randomBytes(6));
      if (!(await this.deps.store.findRoomByCode(code))) return code;
    }
  }
}
