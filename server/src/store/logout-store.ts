import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Facilitator sessions ended by a logout, kept until they would have expired, so a logged-out
 * token stays useless after a restart too. A token carries its own expiry and is checked by
 * computing it again; this list is the one thing that can end it earlier. It holds token ids
 * (digests), never tokens, and is small: a few logouts a day, each gone after 14 hours.
 */
export class LoggedOutSessions {
  private readonly db: Database.Database;
  /** Read on every check: a Set in memory, written through to the table. */
  private readonly ids = new Map<string, number>();
  private readonly insert;
  private readonly prune;

  constructor(dataDir: string, now: number) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(path.join(dataDir, 'samenspel.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS logged_out_sessions (
      token_id TEXT PRIMARY KEY,
      expires_at INTEGER NOT NULL
    );`);
    this.insert = this.db.prepare(
      'INSERT OR IGNORE INTO logged_out_sessions (token_id, expires_at) VALUES (?, ?)',
    );
    this.prune = this.db.prepare('DELETE FROM logged_out_sessions WHERE expires_at <= ?');
    this.prune.run(now);
    const rows = this.db
      .prepare('SELECT token_id, expires_at FROM logged_out_sessions')
      .all() as Array<{ token_id: string; expires_at: number }>;
    for (const row of rows) this.ids.set(row.token_id, row.expires_at);
  }

  has(tokenId: string): boolean {
    return this.ids.has(tokenId);
  }

  /** Ends a session for good; durable before it returns. Expired entries are let go. */
  add(tokenId: string, expiresAt: number, now: number): void {
    this.insert.run(tokenId, expiresAt);
    this.ids.set(tokenId, expiresAt);
    this.prune.run(now);
    for (const [id, expiry] of this.ids) if (expiry <= now) this.ids.delete(id);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
