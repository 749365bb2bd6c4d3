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
import { isRandomId } from './ids.js';
import { RoomElsewhere, soleOwnership, type RoomOwnership } from './room-ownership.js';

export interface RegistryDeps extends AuthorityDeps {
  ownership: RoomOwnership;
}

/** A room whose log was deleted between finding it and reading it. */
class RoomGone extends Error {}

/**
 * Every room this server knows: the live ones in memory (restored from their logs on start),
 * the ended ones loaded from the store when someone asks for them. On several nodes it holds
 * only the rooms this node runs (`RoomOwnership`): asking for another node's room rejects
 * with RoomElsewhere, and a room this node loses leaves memory at once.
 */
export class RoomRegistry {
  private readonly live = new Map<string, RoomAuthority>();
  private readonly loading = new Map<string, Promise<RoomAuthority | null>>();
  private readonly created = new Set<(authority: RoomAuthority) => void>();
  private readonly removed = new Set<(roomId: string) => void>();
  private readonly unloaded = new Set<(roomId: string) => void>();
  /** When each room in memory was last asked for, so an idle ended room can be let go. */
  private readonly lastUsed = new Map<string, number>();

  private readonly lostListeners = new Set<(roomId: string) => void>();
  /** Rooms being let go: loading one again waits until its lease is released, then takes it anew. */
  private readonly releasing = new Map<string, Promise<void>>();
  private closed = false;
  private draining = false;

  /** What each authority is made with: the registry's deps, and a way to be let go. */
  private readonly authorityDeps: AuthorityDeps;

  private constructor(private readonly deps: RegistryDeps) {
    this.authorityDeps = { ...deps, onLogMoved: (roomId) => void this.drop(roomId) };
    deps.ownership.onLost((roomId) => void this.drop(roomId));
    deps.ownership.onOrphans((roomIds) => {
      // A node that is stopping takes nothing up: it is handing its own rooms over.
      if (this.closed) return;
      for (const roomId of roomIds) {
        void this.get(roomId).catch((error: unknown) => {
          if (!(error instanceof RoomElsewhere)) deps.onBackgroundError(error, roomId);
        });
      }
    });
  }

  /**
   * Opens the registry and brings back every room that has not ended. On several nodes the
   * rooms nobody holds are taken up as the ownership reports them (`onOrphans`), spread over
   * whichever nodes are up, rather than all by the first node to start.
   */
  static async open(deps: RegistryDeps): Promise<RoomRegistry> {
    const registry = new RoomRegistry(deps);
    if (deps.ownership === soleOwnership) {
      for (const room of await deps.store.listRooms()) {
        if (room.endedAt === null) await registry.load(room.roomId);
      }
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
    // A fresh id: only a database out of reach, or a node draining, keeps this one from it.
    if (!(await this.deps.ownership.take(roomId))) throw new RoomElsewhere(roomId);
    const authority = await RoomAuthority.create(this.authorityDeps, {
      roomId,
      code,
      scenario,
      groupName,
      ...(programme ? { programme } : {}),
    }).catch(async (error: unknown) => {
      // No room came of it: no lease stays behind for it either.
      await this.deps.ownership.release(roomId, false).catch(() => undefined);
      throw error;
    });
    this.live.set(roomId, authority);
    this.lastUsed.set(roomId, this.deps.now());
    for (const listener of this.created) listener(authority);
    return authority;
  }

  /** Whether the room is in memory here now, ready for commands without a load. */
  isLive(roomId: string): boolean {
    return this.live.has(roomId);
  }

  /**
   * The room's authority, loading it from its log when it is not in memory; null when there is
   * no such room. Rejects with RoomElsewhere while another node runs it.
   */
  async get(roomId: string): Promise<RoomAuthority | null> {
    const live = this.live.get(roomId);
    if (live) this.lastUsed.set(roomId, this.deps.now());
    return live ?? this.load(roomId);
  }

  /**
   * Whether a socket naming a room by id or join code (`routeSocketsByRoom`) may come in here:
   * false while another node runs the room, or while this node is draining and does not run
   * it; true otherwise, also when there is no such room (the handshake refuses it then). Asks
   * the lease alone: nothing is taken up or loaded before the handshake, which checks who is
   * asking (and limits guessing).
   */
  async runs(hint: string): Promise<boolean> {
    if (this.live.has(hint)) return true;
    const code = normalizeJoinCode(hint);
    if (code) {
      for (const authority of this.live.values()) if (authority.snapshot.code === code) return true;
    }
    if (this.draining) return false;
    // Neither a join code nor a room id: no room, and not worth asking the database about.
    if (!code && !isRandomId('r', hint)) return true;
    const stored =
      (code ? await this.deps.store.findRoomByCode(code) : null) ??
      (await this.deps.store.findRoom(hint));
    if (!stored) return true;
    return !(await this.deps.ownership.runsElsewhere(stored.roomId));
  }

  /** Draining before a stop: this node takes no room up any more, and sends new ones on. */
  stopTaking(): void {
    this.draining = true;
    this.deps.ownership.stopTaking();
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
      // Let go for whoever asks next, not handed over: nothing runs in it.
      await this.letGo(authority.roomId, authority.close());
    }
    return idle.map((authority) => authority.roomId);
  }

  /** Closes a room's authority, then releases its lease; a load meanwhile waits for both. */
  private letGo(roomId: string, closing: Promise<void>): Promise<void> {
    const released = closing
      .then(() => this.deps.ownership.release(roomId, false))
      .finally(() => this.releasing.delete(roomId));
    this.releasing.set(roomId, released);
    return released;
  }

  /** Told when a room leaves memory, deleted or let go; either way its connections are gone. */
  onUnloaded(listener: (roomId: string) => void): void {
    this.unloaded.add(listener);
  }

  /**
   * This node lost the room (its lease ran out or another node took it), or the room's log
   * moved on without it: it leaves memory at once, its timers stop, and its connections are
   * closed so that they reconnect to the node that runs it now (this one, loading it afresh,
   * if it may). Loading it again waits until the authority let go has finished its last
   * append: one node never runs two authorities of a room, not even for a moment.
   */
  private async drop(roomId: string): Promise<void> {
    const authority = this.live.get(roomId);
    if (!authority) return;
    this.live.delete(roomId);
    this.lastUsed.delete(roomId);
    for (const listener of this.unloaded) listener(roomId);
    for (const listener of this.lostListeners) listener(roomId);
    const closed = authority
      .close()
      .catch(() => undefined)
      .finally(() => this.releasing.delete(roomId));
    this.releasing.set(roomId, closed);
    await closed;
  }

  /** Told when this node lost a room to another (see `drop`). */
  onLost(listener: (roomId: string) => void): void {
    this.lostListeners.add(listener);
  }

  /**
   * Forgets a room for good: its authority stops and its log is deleted. Rejects with
   * RoomElsewhere when another node runs it (that node deletes it).
   */
  async remove(roomId: string): Promise<void> {
    // Held first, so that no other node runs the room while its log goes.
    if (!(await this.deps.ownership.take(roomId))) throw new RoomElsewhere(roomId);
    const authority = this.live.get(roomId);
    this.live.delete(roomId);
    this.lastUsed.delete(roomId);
    await authority?.close();
    for (const listener of this.removed) listener(roomId);
    if (authority) for (const listener of this.unloaded) listener(roomId);
    await this.deps.store.deleteRoom(roomId);
    await this.deps.ownership.release(roomId, false);
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
    this.closed = true;
    await Promise.all([...this.live.values()].map((authority) => authority.close()));
    this.live.clear();
  }

  private load(roomId: string): Promise<RoomAuthority | null> {
    const pending = this.loading.get(roomId);
    if (pending) return pending;
    const loading = (async () => {
      // A lease being released now would otherwise be released under the room loaded here.
      await this.releasing.get(roomId)?.catch(() => undefined);
      // Asked before the lease: an unknown id (a typo, a probe) leaves no lease behind.
      if (!(await this.deps.store.findRoom(roomId))) return null;
      if (!(await this.deps.ownership.take(roomId))) throw new RoomElsewhere(roomId);
      let authority: RoomAuthority;
      try {
        // Read once held: whatever the room's previous node committed is in it by now.
        const events = await this.deps.store.read(roomId);
        if (events.length === 0) throw new RoomGone();
        authority = await RoomAuthority.restore(this.authorityDeps, events);
      } catch (error) {
        // Deleted meanwhile, or unreadable: no lease stays behind for it.
        await this.deps.ownership.release(roomId, false).catch(() => undefined);
        if (error instanceof RoomGone) return null;
        throw error;
      }
      // Lost while it was being read (the lease ran out, another node took it): not ours.
      if (!this.deps.ownership.holds(roomId)) {
        await authority.close();
        throw new RoomElsewhere(roomId);
      }
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
