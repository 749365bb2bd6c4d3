import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type pg from 'pg';
import type { RoomOwnership } from '../../rooms/room-ownership.js';
import type { WriteFence } from './pg-group-commit.js';

/** How long a lease lasts without renewal: a dead node's rooms are taken up after this. */
export const LEASE_TTL_MS = 5_000;
const RENEW_MS = 1_000;
/**
 * Renewals failing this long: in the database's eyes the leases may run out soon, so this node
 * lets its rooms go first (its phones reconnect through the proxy to whoever takes them up).
 */
export const GIVE_UP_MS = LEASE_TTL_MS - 1_500;
/** How often a node looks for rooms left without a holder, and how many it takes up at once. */
const ADOPT_MS = 1_000;
const ADOPT_AT_ONCE = 20;

const TTL = `clock_timestamp() + interval '${LEASE_TTL_MS} milliseconds'`;

/**
 * Rooms spread over the nodes sharing one PostgreSQL database: a node holds a room under a
 * lease row (`room_leases`) that it renews every second for all its rooms in one statement.
 * Taking a room raises its `epoch`, the fencing token every append checks under a share lock
 * (pg-group-commit.ts), so the new holder waits for a commit of the old one in flight, and
 * nothing the old one sends later lands.
 *
 * A node that dies stops renewing: its leases run out after LEASE_TTL_MS, and the other nodes,
 * looking every second for running rooms nobody holds, take them up (folding the log and
 * re-arming timers). Rooms a node let go while idle (`adopt` false) wait for a request.
 * The database's clock decides whether a lease has run out, so the nodes' clocks do not matter.
 */
export class PgRoomLeases implements RoomOwnership, WriteFence {
  private readonly held = new Map<string, number>();
  /** When each held lease was last extended (taken or renewed), on `clock`: it runs to that + TTL. */
  private readonly extendedAt = new Map<string, number>();
  private readonly lostListeners = new Set<(roomId: string, why: string) => void>();
  private readonly orphanListeners = new Set<(roomIds: string[]) => void>();
  private renewTimer: NodeJS.Timeout | null = null;
  private adoptTimer: NodeJS.Timeout | null = null;
  private lastRenewed: number;
  private renewing = false;
  private taking = true;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly nodeId: string,
    private readonly clock: () => number,
  ) {
    this.lastRenewed = clock();
  }

  /** Registers this node and starts renewing; `clock` is monotonic milliseconds. */
  static async start(
    pool: pg.Pool,
    options: { clock?: () => number; nodeId?: string } = {},
  ): Promise<PgRoomLeases> {
    const nodeId =
      options.nodeId ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
    const leases = new PgRoomLeases(pool, nodeId, options.clock ?? (() => performance.now()));
    await leases.renew();
    leases.renewTimer = setInterval(() => leases.tick(), RENEW_MS);
    leases.renewTimer.unref();
    leases.adoptTimer = setInterval(() => void leases.lookForOrphans(), ADOPT_MS);
    leases.adoptTimer.unref();
    return leases;
  }

  epochOf(roomId: string): number | undefined {
    return this.held.get(roomId);
  }

  /** Null while this node can renew its leases; otherwise why not. */
  get problem(): string | null {
    if (this.closed) return 'this server is stopping';
    const late = this.clock() - this.lastRenewed;
    return late > RENEW_MS * 2.5
      ? `the room leases could not be renewed for ${Math.round(late / 1000)} s`
      : null;
  }

  holds(roomId: string): boolean {
    return this.held.has(roomId);
  }

  async runsElsewhere(roomId: string): Promise<boolean> {
    const result = await this.pool.query(
      `SELECT 1 FROM room_leases
       WHERE room_id = $1 AND node_id <> $2 AND expires_at > clock_timestamp()`,
      [roomId, this.nodeId],
    );
    return (result.rowCount ?? 0) > 0;
  }

  stopTaking(): void {
    this.taking = false;
  }

  async take(roomId: string): Promise<boolean> {
    if (this.held.has(roomId)) return true;
    if (this.closed || !this.taking) return false;
    const askedAt = this.clock();
    const result = await this.pool.query<{ epoch: number }>(
      `INSERT INTO room_leases (room_id, node_id, epoch, expires_at, adopt)
       VALUES ($1, $2, 1, ${TTL}, true)
       ON CONFLICT (room_id) DO UPDATE SET node_id = EXCLUDED.node_id,
         epoch = room_leases.epoch + 1, expires_at = EXCLUDED.expires_at, adopt = true
       WHERE room_leases.node_id = EXCLUDED.node_id OR room_leases.expires_at < clock_timestamp()
       RETURNING epoch`,
      [roomId, this.nodeId],
    );
    const epoch = result.rows[0]?.epoch;
    if (epoch === undefined) return false;
    this.held.set(roomId, Number(epoch));
    this.extendedAt.set(roomId, askedAt);
    return true;
  }

  async release(roomId: string, handOver: boolean): Promise<void> {
    if (!this.held.delete(roomId)) return;
    this.extendedAt.delete(roomId);
    // Run out at once: the next node to ask (or, handed over, to look) takes it without waiting.
    await this.pool.query(
      `UPDATE room_leases SET expires_at = clock_timestamp() - interval '1 second', adopt = $3
       WHERE room_id = $1 AND node_id = $2`,
      [roomId, this.nodeId, handOver],
    );
  }

  /** A commit found the room's epoch moved on: another node holds it now. */
  lost(roomId: string, why: string): void {
    if (!this.held.delete(roomId)) return;
    this.extendedAt.delete(roomId);
    for (const listener of this.lostListeners) listener(roomId, why);
  }

  onLost(listener: (roomId: string, why: string) => void): void {
    this.lostListeners.add(listener);
  }

  onOrphans(listener: (roomIds: string[]) => void): void {
    this.orphanListeners.add(listener);
  }

  /**
   * Once a second: lets every room go once renewals have failed (or hung, on a network that
   * drops packets) for GIVE_UP_MS, before the leases can run out; then renews, one at a time.
   */
  private tick(): void {
    if (this.closed) return;
    const now = this.clock();
    for (const roomId of [...this.held.keys()]) {
      if (now - (this.extendedAt.get(roomId) ?? 0) < GIVE_UP_MS) continue;
      this.lost(roomId, `the room lease could not be renewed for ${GIVE_UP_MS / 1000} s`);
    }
    if (this.renewing) return;
    this.renewing = true;
    void this.renew().finally(() => (this.renewing = false));
  }

  /** Extends every lease this node holds; the ones the database no longer gives it are lost. */
  private async renew(): Promise<void> {
    if (this.closed) return;
    const asked = new Map(this.held);
    const startedAt = this.clock();
    try {
      const result = await this.pool.query<{ room_id: string; epoch: number }>(
        `WITH node AS (
           INSERT INTO nodes (node_id, expires_at) VALUES ($1, ${TTL})
           ON CONFLICT (node_id) DO UPDATE SET expires_at = EXCLUDED.expires_at
         )
         UPDATE room_leases SET expires_at = ${TTL}
         WHERE node_id = $1 AND room_id = ANY($2::text[]) RETURNING room_id, epoch`,
        [this.nodeId, [...asked.keys()]],
      );
      const renewed = new Map(result.rows.map((row) => [row.room_id, Number(row.epoch)]));
      // Measured from before the query: the database extended the leases no earlier than that.
      this.lastRenewed = startedAt;
      for (const [roomId, epoch] of asked) {
        // Taken again meanwhile (a new epoch of our own): this round does not speak for it.
        if (this.held.get(roomId) !== epoch) continue;
        if (renewed.get(roomId) !== epoch) this.lost(roomId, 'another server took the room over');
        else this.extendedAt.set(roomId, startedAt);
      }
    } catch {
      // The next tick lets the rooms go if this goes on (GIVE_UP_MS).
    }
  }

  /** Running rooms nobody holds: left by a node that died or stopped, or never held. */
  private async lookForOrphans(): Promise<void> {
    if (this.closed || !this.taking || this.orphanListeners.size === 0) return;
    try {
      const result = await this.pool.query<{ room_id: string }>(
        `SELECT r.room_id FROM rooms r LEFT JOIN room_leases l ON l.room_id = r.room_id
         WHERE r.ended_at IS NULL
           AND (l.room_id IS NULL OR (l.adopt AND l.expires_at < clock_timestamp()))
           AND r.room_id NOT IN (SELECT room_id FROM imports_in_progress)
         ORDER BY random() LIMIT ${ADOPT_AT_ONCE}`,
      );
      const orphans = result.rows.map((row) => row.room_id).filter((id) => !this.held.has(id));
      if (orphans.length === 0) return;
      for (const listener of this.orphanListeners) listener(orphans);
    } catch {
      // The database is away: the renewal says so; the next look tries again.
    }
  }

  /** Stops renewing and lets every room go (`handOver`: to be taken up at once elsewhere). */
  async close(handOver: boolean): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.renewTimer) clearInterval(this.renewTimer);
    if (this.adoptTimer) clearInterval(this.adoptTimer);
    const rooms = [...this.held.keys()];
    this.held.clear();
    this.extendedAt.clear();
    await this.pool
      .query(
        `WITH gone AS (DELETE FROM nodes WHERE node_id = $1)
         UPDATE room_leases SET expires_at = clock_timestamp() - interval '1 second',
           adopt = adopt AND $3
         WHERE node_id = $1 AND room_id = ANY($2::text[])`,
        [this.nodeId, rooms, handOver],
      )
      .catch(() => undefined);
  }
}

/** How many nodes are up on this database (renewed their leases within LEASE_TTL_MS). */
export async function liveNodes(pool: pg.Pool): Promise<number> {
  const result = await pool.query<{ count: string }>(
    'SELECT count(*) AS count FROM nodes WHERE expires_at > clock_timestamp()',
  );
  return Number(result.rows[0]?.count ?? 0);
}
