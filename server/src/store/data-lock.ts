import Database from 'better-sqlite3';
import path from 'node:path';
import { StartupError } from '../startup-error.js';

export interface DataLock {
  /** False when the directory is read-only: then nothing can be written to diverge either. */
  held: boolean;
  release(): void;
}

/**
 * Holds the data directory for this process alone. Two servers on one directory would each
 * restore the same rooms and write diverging logs into one file. The lock is SQLite's own on a
 * small file of its own (`samenspel.lock`): an exclusive lock the operating system drops when
 * the process dies however it dies, so a crash never leaves a stale lock behind. The session
 * database itself stays unlocked, so `sqlite3 … ".backup …"` works while the server runs.
 */
export function lockDataDir(dir: string): DataLock {
  const file = path.join(dir, 'samenspel.lock');
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { timeout: 0 });
    db.pragma('journal_mode = OFF');
    // In exclusive mode the lock taken by the first write is kept until the connection closes.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER NOT NULL); DELETE FROM holder;');
    db.prepare('INSERT INTO holder (pid) VALUES (?)').run(process.pid);
  } catch (error) {
    db?.close();
    const code = (error as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY')) {
      throw new StartupError(
        `another Samenspel server is already running on the data directory ${dir}. ` +
          'Stop it first, or give this one a SAMENSPEL_DATA_DIR of its own.',
      );
    }
    if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
      return { held: false, release() {} };
    }
    throw error;
  }
  const holder = db;
  return {
    held: true,
    release() {
      if (holder.open) holder.close();
    },
  };
}
