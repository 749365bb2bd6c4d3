import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { isReadOnly } from './sqlite-store.js';

/**
 * Login sessions ended by a logout before they expired. `has` is asked on every request and
 * socket, so it reads memory; `add` is durable before it resolves.
 */
export interface LogoutStore {
  has(tokenId: string): boolean;
  add(tokenId: string, expiresAt: number, now: number): Promise<void>;
  /**
   * Told of logouts made on another node of a cluster, as this node learns of them, so that
   * the consoles connected here with that session are closed too. Never told on one node.
   */
  onLoggedOutElsewhere?(listener: (tokenId: string) => void): void;
  close(): Promise<void>;
}

/**
 * Facilitator sessions ended by a logout, kept until they would have expired, so a logged-out
 * token stays useless after a restart too. A token carries its own expiry and is checked by
 * computing it again; this list is the one thing that can end it earlier. It holds token ids
 * (digests), never tokens, and is small: a few logouts a day, each gone after 14 hours.
 */
export class LoggedOutSessions implements LogoutStore {
  private readonly db: Database.Database;
  /** Read on every check: a Set in memory, written through to the table. */
  private readonly ids = new Map<string, number>();
  private readonly insert;
  private readonly prune;

  constructor(dataDir: string, now: number) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'samenspel.sqlite'));
    this.db.pragma('journal_mode = WAL');
    try {
      this.db.exec(`CREATE TABLE IF NOT EXISTS logged_out_sessions (
        token_id TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL
      );`);
    } catch (error) {
      // A read-only log still serves its library and replays (the store says it is not ready);
      // the logouts it already holds are read below, a new one fails as every write does.
      if (!isReadOnly(error) || !this.hasTable()) throw error;
    }
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO logged_out_sessions (token_id, expires_at) VALUES (?, ?)',
    );
    this.prune = this.db.prepare('DELETE FROM logged_out_sessions WHERE expires_at <= ?');
    try {
      this.prune.run(now);
    } catch (error) {
      if (!isReadOnly(error)) throw error;
    }
    const rows = this.db
      .prepare('SELECT token_id, expires_at FROM logged_out_sessions')
      .all() as Array<{ token_id: string; expires_at: number }>;
    for (const row of rows) this.ids.set(row.token_id, row.expires_at);
  }

  private hasTable(): boolean {
    return (
      this.db
        .prepare(
          "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'logged_out_sessions'",
        )
        .get() !== undefined
    );
  }

  has(tokenId: string): boolean {
    return this.ids.has(tokenId);
  }

  /** Ends a session for good; durable before it returns. Expired entries are let go. */
  async add(tokenId: string, expiresAt: number, now: number): Promise<void> {
    // In memory first: were the write to fail (a read-only disk), this process still ends it.
    this.ids.set(tokenId, expiresAt);
    this.insert.run(tokenId, expiresAt);
    this.prune.run(now);
    for (const [id, expiry] of this.ids) if (expiry <= now) this.ids.delete(id);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
