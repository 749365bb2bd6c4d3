import type pg from 'pg';
import type { SelfTestValues } from '@samenspel/shared';
import {
  CLAIMED_ANSWERS_KEPT_MS,
  claimResult,
  SELF_TEST_KEPT_MS,
  type ClaimResult,
  type SelfTestRow,
  type SelfTestStore,
} from '../self-test-store.js';

/** Self-test results in PostgreSQL, for every node alike; the same rules as the SQLite table. */
export class PgSelfTestStore implements SelfTestStore {
  constructor(private readonly pool: pg.Pool) {}

  async save(code: string, values: SelfTestValues, now: number): Promise<'saved' | 'taken'> {
    await this.prune(now);
    const inserted = await this.pool.query(
      `INSERT INTO self_test_results (code, answers, created_at, expires_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING`,
      [code, JSON.stringify(values), now, now + SELF_TEST_KEPT_MS],
    );
    return inserted.rowCount === 1 ? 'saved' : 'taken';
  }

  async claim(code: string, claimDigest: string, now: number): Promise<ClaimResult> {
    await this.prune(now);
    // Conditional, so of two phones claiming at once exactly one gets the answers.
    await this.pool.query(
      `UPDATE self_test_results SET claimed_by = $1, claimed_at = $2
       WHERE code = $3 AND claimed_by IS NULL AND expires_at > $2`,
      [claimDigest, now, code],
    );
    const found = await this.pool.query<SelfTestRow>(
      'SELECT answers, expires_at, claimed_by FROM self_test_results WHERE code = $1',
      [code],
    );
    return claimResult(found.rows[0], claimDigest, now);
  }

  private async prune(now: number): Promise<void> {
    await this.pool.query('DELETE FROM self_test_results WHERE expires_at <= $1', [now]);
    await this.pool.query('UPDATE self_test_results SET answers = NULL WHERE claimed_at <= $1', [
      now - CLAIMED_ANSWERS_KEPT_MS,
    ]);
  }

  async close(): Promise<void> {}
}
