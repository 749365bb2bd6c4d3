import Database from 'better-sqlite3';
import path from 'node:path';
import type { SelfTestValues } from '@samenspel/shared';
import { createDataDir } from './data-dir.js';

/** A self-test result can be carried into a room for this long after it was made. */
export const SELF_TEST_KEPT_MS = 90 * 24 * 60 * 60_000;
/**
 * Once carried into a room its answers are the room's; the copy here is kept a day for a phone
 * whose answer to the claim was lost, then dropped. The code stays known, as used, until it
 * expires.
 */
export const CLAIMED_ANSWERS_KEPT_MS = 24 * 60 * 60_000;

export type ClaimResult = { values: SelfTestValues } | 'unknown' | 'used';

/**
 * Self-test results that their owner chose to carry into a workshop: nothing else of the public
 * self-test reaches the server. `claimDigest` is a digest of the phone's claim id, never the id.
 */
export interface SelfTestStore {
  /** Keeps a result under a fresh code; 'taken' if the code is in use (make another). */
  save(code: string, values: SelfTestValues, now: number): Promise<'saved' | 'taken'>;
  /** Takes a result's answers, once: the same claim again gets them again, another is told 'used'. */
  claim(code: string, claimDigest: string, now: number): Promise<ClaimResult>;
  close(): Promise<void>;
}

export interface SelfTestRow {
  answers: string | null;
  expires_at: number;
  claimed_by: string | null;
}

/** What a claim comes to, read after the conditional update that made it this claim's or not. */
export function claimResult(
  row: SelfTestRow | undefined,
  claimDigest: string,
  now: number,
): ClaimResult {
  if (!row || row.expires_at <= now) return 'unknown';
  if (row.claimed_by === claimDigest && row.answers !== null) {
    return { values: JSON.parse(row.answers) as SelfTestValues };
  }
  return 'used';
}

export const SELF_TEST_TABLE = `CREATE TABLE IF NOT EXISTS self_test_results (
  code TEXT PRIMARY KEY,
  answers TEXT,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  claimed_by TEXT,
  claimed_at BIGINT
);`;

export class SqliteSelfTestStore implements SelfTestStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    createDataDir(dataDir);
    this.db = new Database(path.join(dataDir, 'samenspel.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(SELF_TEST_TABLE);
  }

  async save(code: string, values: SelfTestValues, now: number): Promise<'saved' | 'taken'> {
    this.prune(now);
    const inserted = this.db
      .prepare(
        'INSERT OR IGNORE INTO self_test_results (code, answers, created_at, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(code, JSON.stringify(values), now, now + SELF_TEST_KEPT_MS);
    return inserted.changes === 1 ? 'saved' : 'taken';
  }

  async claim(code: string, claimDigest: string, now: number): Promise<ClaimResult> {
    this.prune(now);
    this.db
      .prepare(
        `UPDATE self_test_results SET claimed_by = ?, claimed_at = ?
         WHERE code = ? AND claimed_by IS NULL AND expires_at > ?`,
      )
      .run(claimDigest, now, code, now);
    const row = this.db
      .prepare('SELECT answers, expires_at, claimed_by FROM self_test_results WHERE code = ?')
      .get(code) as SelfTestRow | undefined;
    return claimResult(row, claimDigest, now);
  }

  private prune(now: number): void {
    this.db.prepare('DELETE FROM self_test_results WHERE expires_at <= ?').run(now);
    this.db
      .prepare('UPDATE self_test_results SET answers = NULL WHERE claimed_at <= ?')
      .run(now - CLAIMED_ANSWERS_KEPT_MS);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
