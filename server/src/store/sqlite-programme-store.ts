import Database from 'better-sqlite3';
import path from 'node:path';
import type { Method, ProgrammeVersionMeta } from '@samenspel/shared';
import { createDataDir } from './data-dir.js';
import type {
  NewProgrammeVersion,
  ProgrammeStore,
  StoredProgrammeVersion,
  VersionConflict,
} from './programme-store.js';
import { toMeta, toMethod, toVersion, type MethodRow, type VersionRow } from './rows.js';

/** Programmes and methods in the same database file as the events, in their own tables. */
export class SqliteProgrammeStore implements ProgrammeStore {
  private readonly db: Database.Database;

  constructor(dataDir: string) {
    createDataDir(dataDir);
    this.db = new Database(path.join(dataDir, 'samenspel.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS programmes (
      id TEXT PRIMARY KEY,
      latest_version INTEGER NOT NULL,
      changed_at INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS programme_versions (
      programme_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      saved_at INTEGER NOT NULL,
      note TEXT NOT NULL,
      scenario_json TEXT NOT NULL,
      problems_json TEXT NOT NULL,
      problem_count INTEGER NOT NULL,
      PRIMARY KEY (programme_id, version)
    );
    CREATE TABLE IF NOT EXISTS methods (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      block_json TEXT NOT NULL,
      saved_at INTEGER NOT NULL
    );`);
  }

  private insertVersion(programmeId: string, version: number, next: NewProgrammeVersion): void {
    this.db
      .prepare(
        `INSERT INTO programme_versions
         (programme_id, version, saved_at, note, scenario_json, problems_json, problem_count)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        programmeId,
        version,
        next.savedAt,
        next.note,
        JSON.stringify(next.scenario),
        JSON.stringify(next.problems),
        next.problems.length,
      );
  }

  async listLatest(): Promise<StoredProgrammeVersion[]> {
    const rows = this.db
      .prepare(
        `SELECT v.* FROM programmes p JOIN programme_versions v
         ON v.programme_id = p.id AND v.version = p.latest_version
         ORDER BY p.changed_at DESC, p.id`,
      )
      .all() as VersionRow[];
    return rows.map(toVersion);
  }

  async create(programmeId: string, first: NewProgrammeVersion): Promise<StoredProgrammeVersion> {
    this.db
      .transaction(() => {
        this.db
          .prepare('INSERT INTO programmes (id, latest_version, changed_at) VALUES (?, 1, ?)')
          .run(programmeId, first.savedAt);
        this.insertVersion(programmeId, 1, first);
      })
      .immediate();
    const stored = await this.version(programmeId, 1);
    if (stored === null) throw new Error(`programme ${programmeId} was not written`);
    return stored;
  }

  async save(
    programmeId: string,
    baseVersion: number,
    next: NewProgrammeVersion,
  ): Promise<StoredProgrammeVersion | VersionConflict | null> {
    // Read and write in one transaction: two saves on the same base cannot both land.
    const outcome = this.db
      .transaction((): 'missing' | 'saved' | VersionConflict => {
        const row = this.db
          .prepare('SELECT latest_version FROM programmes WHERE id = ?')
          .get(programmeId) as { latest_version: number } | undefined;
        if (row === undefined) return 'missing';
        if (row.latest_version !== baseVersion) {
          const latest = this.db
            .prepare('SELECT * FROM programme_versions WHERE programme_id = ? AND version = ?')
            .get(programmeId, row.latest_version) as VersionRow;
          return { conflict: true, latest: toMeta(latest) };
        }
        this.insertVersion(programmeId, baseVersion + 1, next);
        this.db
          .prepare('UPDATE programmes SET latest_version = ?, changed_at = ? WHERE id = ?')
          .run(baseVersion + 1, next.savedAt, programmeId);
        return 'saved';
      })
      .immediate();
    if (outcome === 'missing') return null;
    if (outcome !== 'saved') return outcome;
    return this.version(programmeId, baseVersion + 1);
  }

  async version(programmeId: string, version?: number): Promise<StoredProgrammeVersion | null> {
    const row = (
      version === undefined
        ? this.db
            .prepare(
              'SELECT * FROM programme_versions WHERE programme_id = ? ORDER BY version DESC LIMIT 1',
            )
            .get(programmeId)
        : this.db
            .prepare('SELECT * FROM programme_versions WHERE programme_id = ? AND version = ?')
            .get(programmeId, version)
    ) as VersionRow | undefined;
    return row === undefined ? null : toVersion(row);
  }

  async versions(programmeId: string): Promise<ProgrammeVersionMeta[] | null> {
    const rows = this.db
      .prepare('SELECT * FROM programme_versions WHERE programme_id = ? ORDER BY version DESC')
      .all(programmeId) as VersionRow[];
    return rows.length === 0 ? null : rows.map(toMeta);
  }

  async remove(programmeId: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        this.db.prepare('DELETE FROM programme_versions WHERE programme_id = ?').run(programmeId);
        return this.db.prepare('DELETE FROM programmes WHERE id = ?').run(programmeId).changes > 0;
      })
      .immediate();
  }

  async listMethods(): Promise<Method[]> {
    const rows = this.db
      .prepare('SELECT * FROM methods ORDER BY saved_at DESC, id')
      .all() as MethodRow[];
    return rows.map(toMethod);
  }

  async addMethod(method: Method): Promise<void> {
    this.db
      .prepare('INSERT INTO methods (id, name, block_json, saved_at) VALUES (?, ?, ?, ?)')
      .run(method.id, method.name, JSON.stringify(method.block), method.savedAt);
  }

  async removeMethod(methodId: string): Promise<boolean> {
    return this.db.prepare('DELETE FROM methods WHERE id = ?').run(methodId).changes > 0;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
