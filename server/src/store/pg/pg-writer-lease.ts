import pg from 'pg';
import { StartupError } from '../../startup-error.js';
import { DATABASE_URL_SETTING, PG_TYPES, safeDatabaseUrl } from './pg-connect.js';

/** The advisory lock that one writing node holds; any number, the same for every node. */
const WRITER_LOCK = 7_311_202_602;
const RETRY_MS = 1_000;
/**
 * A writer cut off from the database this long stops: its phones, still connected to it, then
 * reconnect through the proxy to the standby that has taken over by now (the database drops
 * the lock of a connection it no longer hears within about 5 s).
 */
export const CUT_OFF_STOP_MS = 10_000;
/** How often a standby node tries the lock: the takeover's delay after the writer is gone. */
const STANDBY_POLL_MS = 250;

export class FencedOut extends Error {
  override name = 'FencedOut';
}

/**
 * This node's right to write the session log, as the data directory's lock is for SQLite: a
 * PostgreSQL advisory lock held on a connection of its own, which the database drops when the
 * node dies or is cut off, plus a fencing token (`writer_epoch`) that taking the lock raises.
 * Every group commit checks the token (pg-group-commit.ts), so once another node has taken
 * over, nothing this node still has in flight can land.
 *
 * A second node started on the same database stands by: it waits for the lock without
 * listening, and takes the log over (folding every room, re-arming its timers) once the writer
 * stops or dies: the database drops a dead node's lock as soon as its connection goes.
 *
 * When the lock's connection breaks (the database restarted, the network went), the node stops
 * writing and takes the lock again as soon as it can. If the token is still its own, nobody
 * wrote meanwhile and it goes on where it was; if not, `onTakenOver` is told: its rooms in
 * memory are behind the log, and the process must stop. It is told the same when the lock
 * stays out of reach for CUT_OFF_STOP_MS: a standby may hold it by then, and the phones still
 * connected here must move on to it.
 */
export class WriterLease {
  private client: pg.Client | null = null;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  private giveUp: NodeJS.Timeout | null = null;
  private lostBecause: string | null = null;

  private constructor(
    private readonly url: string,
    readonly epoch: number,
    private readonly onTakenOver: (why: string) => void,
  ) {}

  /**
   * Takes the lock. When another node holds it: with `standBy`, waits (telling `standBy` once)
   * and takes it as soon as that node stops or dies; without, refuses at once.
   */
  static async acquire(
    url: string,
    onTakenOver: (why: string) => void,
    standBy?: () => void,
  ): Promise<WriterLease> {
    let told = false;
    for (;;) {
      let client: pg.Client | null = null;
      try {
        client = await connect(url);
        for (;;) {
          const locked = await client.query<{ locked: boolean }>(
            'SELECT pg_try_advisory_lock($1) AS locked',
            [WRITER_LOCK],
          );
          if (locked.rows[0]!.locked) {
            // A commit of the old writer in flight holds the token's row: wait for it, but not
            // for ever (its connection is dropped by idle_in_transaction_session_timeout).
            await client.query("SET lock_timeout = '30s'");
            const raised = await client.query<{ epoch: number }>(
              'UPDATE writer_epoch SET epoch = epoch + 1 WHERE id = 1 RETURNING epoch',
            );
            const lease = new WriterLease(url, raised.rows[0]!.epoch, onTakenOver);
            lease.hold(client);
            return lease;
          }
          if (!standBy) {
            throw new StartupError(
              `another Samenspel server is already writing to the database in ${DATABASE_URL_SETTING} ` +
                `(${safeDatabaseUrl(url)}). Stop it first, or give this one a database of its own.`,
            );
          }
          if (!told) standBy();
          told = true;
          await new Promise((resolve) => setTimeout(resolve, STANDBY_POLL_MS));
        }
      } catch (error) {
        await client?.end().catch(() => undefined);
        // A standby outlives the database going away: it keeps asking until it is back.
        if (!told || error instanceof StartupError) throw error;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      }
    }
  }

  /** Null while this node holds the lock; otherwise why it does not. */
  get problem(): string | null {
    return this.client === null ? (this.lostBecause ?? 'the database lock is not held') : null;
  }

  private hold(client: pg.Client): void {
    this.client = client;
    this.lostBecause = null;
    if (this.giveUp) clearTimeout(this.giveUp);
    this.giveUp = null;
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      this.lostBecause = `the connection holding the database lock broke (${why})`;
      client.end().catch(() => undefined);
      this.scheduleRetry();
      this.giveUp ??= setTimeout(() => {
        this.giveUp = null;
        if (this.client !== null || this.closed) return;
        this.fencedOut(
          `cut off from the database for ${CUT_OFF_STOP_MS / 1000} s; a standby takes the rooms over`,
        );
      }, CUT_OFF_STOP_MS);
      this.giveUp.unref();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('it was closed'));
  }

  private scheduleRetry(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.retake();
    }, RETRY_MS);
    this.retry.unref();
  }

  private async retake(): Promise<void> {
    let client: pg.Client | null = null;
    try {
      client = await connect(this.url);
      const locked = await client.query<{ locked: boolean }>(
        'SELECT pg_try_advisory_lock($1) AS locked',
        [WRITER_LOCK],
      );
      const current = await client.query<{ epoch: number }>(
        'SELECT epoch FROM writer_epoch WHERE id = 1',
      );
      // Released meanwhile (a graceful stop): nothing to take back, nobody to tell.
      if (this.closed) {
        await client.end().catch(() => undefined);
        return;
      }
      if (current.rows[0]?.epoch !== this.epoch) {
        await client.end().catch(() => undefined);
        this.fencedOut('another server took over the session log');
        return;
      }
      if (!locked.rows[0]!.locked) throw new Error('the lock is still held elsewhere');
      this.hold(client);
    } catch (error) {
      await client?.end().catch(() => undefined);
      this.lostBecause = `the database lock cannot be taken again yet (${(error as Error).message})`;
      this.scheduleRetry();
    }
  }

  /**
   * A commit found the token moved on (pg-group-commit.ts): another node writes now. This one
   * writes nothing more and is told to stop, once.
   */
  fencedOut(why: string): void {
    if (this.closed) return;
    this.closed = true;
    const client = this.client;
    this.client = null;
    this.lostBecause = why;
    client?.end().catch(() => undefined);
    if (this.retry) clearTimeout(this.retry);
    if (this.giveUp) clearTimeout(this.giveUp);
    this.onTakenOver(why);
  }

  async release(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    if (this.giveUp) clearTimeout(this.giveUp);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    types: PG_TYPES,
    connectionTimeoutMillis: 5_000,
    application_name: 'samenspel-lease',
    // The database notices a node that vanished (kill -9, a cut cable) in seconds, not hours.
    keepAlive: true,
    keepAliveInitialDelayMillis: 2_000,
  });
  // Until hold() listens: an error before that must not take the process down.
  client.on('error', () => undefined);
  await client.connect();
  // The database's side of the same: a node that vanished without closing its connection (a
  // cut cable, a frozen VM) loses the lock after about 2 + 3 × 1 s, not after two hours.
  await client.query(
    'SET tcp_keepalives_idle = 2; SET tcp_keepalives_interval = 1; SET tcp_keepalives_count = 3',
  );
  return client;
}
