import type pg from 'pg';
import type { Method, ProgrammeVersionMeta } from '@samenspel/shared';
import type {
  NewProgrammeVersion,
  ProgrammeStore,
  StoredProgrammeVersion,
  VersionConflict,
} from '../programme-store.js';
import { inTransaction } from './pg-schema.js';
import { toMeta, toMethod, toVersion, type MethodRow, type VersionRow } from '../rows.js';

/** Programmes and methods in PostgreSQL, in the same tables as the SQLite store's. */
export class PgProgrammeStore implements ProgrammeStore {
  constructor(private readonly pool: pg.Pool) {}

  private async insertVersion(
    client: pg.PoolClient,
    programmeId: string,
    version: number,
    next: NewProgrammeVersion,
  ): Promise<void> {
    await client.query(
      `INSERT INTO programme_versions
       (programme_id, version, saved_at, note, scenario_json, problems_json, problem_count)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        programmeId,
        version,
        next.savedAt,
        next.note,
        JSON.stringify(next.scenario),
        JSON.stringify(next.problems),
        next.problems.length,
      ],
    );
  }

  async listLatest(): Promise<StoredProgrammeVersion[]> {
    const result = await this.pool.query<VersionRow>(
      `SELECT v.* FROM programmes p JOIN programme_versions v
       ON v.programme_id = p.id AND v.version = p.latest_version
       ORDER BY p.changed_at DESC, p.id`,
    );
    return result.rows.map(toVersion);
  }

  async create(programmeId: string, first: NewProgrammeVersion): Promise<StoredProgrammeVersion> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        'INSERT INTO programmes (id, latest_version, changed_at) VALUES ($1, 1, $2)',
        [programmeId, first.savedAt],
      );
      await this.insertVersion(client, programmeId, 1, first);
    });
    const stored = await this.version(programmeId, 1);
    if (stored === null) throw new Error(`programme ${programmeId} was not written`);
    return stored;
  }

  async save(
    programmeId: string,
    baseVersion: number,
    next: NewProgrammeVersion,
  ): Promise<StoredProgrammeVersion | VersionConflict | null> {
    // The programme's row is locked while the base is compared: two saves on one base, from
    // two nodes too, cannot both land.
    const outcome = await inTransaction(
      this.pool,
      async (client): Promise<'missing' | 'saved' | VersionConflict> => {
        const row = await client.query<{ latest_version: number }>(
          'SELECT latest_version FROM programmes WHERE id = $1 FOR UPDATE',
          [programmeId],
        );
        const latest = row.rows[0]?.latest_version;
        if (latest === undefined) return 'missing';
        if (latest !== baseVersion) {
          const current = await client.query<VersionRow>(
            'SELECT * FROM programme_versions WHERE programme_id = $1 AND version = $2',
            [programmeId, latest],
          );
          return { conflict: true, latest: toMeta(current.rows[0]!) };
        }
        await this.insertVersion(client, programmeId, baseVersion + 1, next);
        await client.query(
          'UPDATE programmes SET latest_version = $1, changed_at = $2 WHERE id = $3',
          [baseVersion + 1, next.savedAt, programmeId],
        );
        return 'saved';
      },
    );
    if (outcome === 'missing') return null;
    if (outcome !== 'saved') return outcome;
    return this.version(programmeId, baseVersion + 1);
  }

  async version(programmeId: string, version?: number): Promise<StoredProgrammeVersion | null> {
    const result =
      version === undefined
        ? await this.pool.query<VersionRow>(
            'SELECT * FROM programme_versions WHERE programme_id = $1 ORDER BY version DESC LIMIT 1',
            [programmeId],
          )
        : await this.pool.query<VersionRow>(
            'SELECT * FROM programme_versions WHERE programme_id = $1 AND version = $2',
            [programmeId, version],
          );
    const row = result.rows[0];
    return row === undefined ? null : toVersion(row);
  }

  async versions(programmeId: string): Promise<ProgrammeVersionMeta[] | null> {
    const result = await this.pool.query<VersionRow>(
      'SELECT * FROM programme_versions WHERE programme_id = $1 ORDER BY version DESC',
      [programmeId],
    );
    return result.rows.length === 0 ? null : result.rows.map(toMeta);
  }

  async remove(programmeId: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM programme_versions WHERE programme_id = $1', [programmeId]);
      const removed = await client.query('DELETE FROM programmes WHERE id = $1', [programmeId]);
      return (removed.rowCount ?? 0) > 0;
    });
  }

  async listMethods(): Promise<Method[]> {
    const result = await this.pool.query<MethodRow>(
      'SELECT * FROM methods ORDER BY saved_at DESC, id',
    );
    return result.rows.map(toMethod);
  }

  async addMethod(method: Method): Promise<void> {
    await this.pool.query(
      'INSERT INTO methods (id, name, block_json, saved_at) VALUES ($1, $2, $3, $4)',
      [method.id, method.name, JSON.stringify(method.block), method.savedAt],
    );
  }

  async removeMethod(methodId: string): Promise<boolean> {
    const result = await this.pool.query('DELETE FROM methods WHERE id = $1', [methodId]);
    return (result.rowCount ?? 0) > 0;
  }

  async close(): Promise<void> {}
}
