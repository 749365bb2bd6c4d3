import type { ServerConfig } from '../config.js';
import { StartupError } from '../startup-error.js';
import { createDataDir, tightenDataDir, writeAccessProblem } from './data-dir.js';
import { lockDataDir, type DataLock } from './data-lock.js';
import type { EventStore } from './event-store.js';
import { SqliteEventStore } from './sqlite-store.js';

/** Creates the data directory if need be and holds it for this process (data-lock.ts). */
export function openDataDir(dataDir: string): DataLock {
  try {
    createDataDir(dataDir);
    return lockDataDir(dataDir);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    throw new StartupError(
      `the data directory ${dataDir} cannot be used: ${(error as Error).message}`,
    );
  }
}

/** The embedded log; one the server cannot even open for reading stops start-up, saying why. */
export function openSqliteStore(config: ServerConfig): SqliteEventStore {
  try {
    return new SqliteEventStore(config.dataDir, config.sqliteSync);
  } catch (error) {
    const unwritable = writeAccessProblem(config.dataDir);
    if (unwritable === null) throw error;
    throw new StartupError(
      `the session log in ${config.dataDir} cannot be opened (${(error as Error).message}): ` +
        `the directory cannot be written (${unwritable}). Samenspel writes every answer to its ` +
        'log before it acknowledges it: give it a writable SAMENSPEL_DATA_DIR.',
    );
  }
}

/** What start-up found wrong but can go on with: loose file modes, a log it cannot write. */
export async function dataDirWarnings(
  dataDir: string,
  store: EventStore,
  lock: DataLock,
): Promise<string[]> {
  const warnings = tightenDataDir(dataDir);
  const storeProblem = await store.writeProblem();
  if (storeProblem !== null) {
    warnings.push(
      `the session log in ${dataDir} cannot be written (${storeProblem}). Past sessions can be ` +
        'read, but no room can be created or run, and /api/ready answers 503 while it stays so.',
    );
  }
  if (!lock.held) warnings.push(`the data directory ${dataDir} is read-only and is not locked.`);
  return warnings;
}
