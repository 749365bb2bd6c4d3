import type pg from 'pg';
import type { LogoutStore } from '../logout-store.js';

/** How often a node reads the logouts made on the other nodes. */
export const LOGOUT_REFRESH_MS = 2_000;

/**
 * Ended login sessions in PostgreSQL. This node's own logouts count at once; another node's
 * within LOGOUT_REFRESH_MS, when the table is read again.
 */
export class PgLogoutStore implements LogoutStore {
  private readonly ids = new Map<string, number>();
  private readonly elsewhere = new Set<(tokenId: string) => void>();
  private readonly timer: NodeJS.Timeout;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly now: () => number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.refresh().catch(onError), LOGOUT_REFRESH_MS);
    this.timer.unref();
  }

  static async open(
    pool: pg.Pool,
    now: () => number,
    onError: (error: unknown) => void,
  ): Promise<PgLogoutStore> {
    const store = new PgLogoutStore(pool, now, onError);
    await store.refresh();
    return store;
  }

  private async refresh(): Promise<void> {
    const result = await this.pool.query<{ token_id: string; expires_at: number }>(
      'SELECT token_id, expires_at FROM logged_out_sessions WHERE expires_at > $1',
      [this.now()],
    );
    for (const row of result.rows) {
      if (this.ids.has(row.token_id)) continue;
      this.ids.set(row.token_id, row.expires_at);
      for (const listener of this.elsewhere) listener(row.token_id);
    }
    // Expired ones go from memory too, whoever logged them out.
    const now = this.now();
    for (const [id, expiry] of this.ids) if (expiry <= now) this.ids.delete(id);
  }

  onLoggedOutElsewhere(listener: (tokenId: string) => void): void {
    this.elsewhere.add(listener);
  }

  has(tokenId: string): boolean {
    return this.ids.has(tokenId);
  }

  async add(tokenId: string, expiresAt: number, now: number): Promise<void> {
    // In memory first: were the write to fail, this node still ends the session.
    this.ids.set(tokenId, expiresAt);
    await this.pool.query(
      'INSERT INTO logged_out_sessions (token_id, expires_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [tokenId, expiresAt],
    );
    await this.pool.query('DELETE FROM logged_out_sessions WHERE expires_at <= $1', [now]);
    for (const [id, expiry] of this.ids) if (expiry <= now) this.ids.delete(id);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
  }
}
