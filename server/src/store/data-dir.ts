import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import path from 'node:path';

/** The files of the data directory that hold secrets or sessions (docs/operations.md). */
export const DATA_FILES = [
  'samenspel.sqlite',
  'samenspel.sqlite-wal',
  'samenspel.sqlite-shm',
  'signing.key',
  'passphrase.txt',
  'samenspel.lock',
] as const;

/**
 * Creates the data directory for the owner alone (0700). The session logs name participants and
 * hold what they wrote, and signing.key forges every link: nobody else on the machine reads them.
 */
export function createDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Creates an empty database file for the owner alone (an empty file is an empty SQLite
 * database). SQLite gives the -wal and -shm files it makes later the database file's mode.
 */
export function createOwnerOnly(file: string): void {
  closeSync(openSync(file, 'a', 0o600));
}

/**
 * Tightens the directory to 0700 and its files to 0600 where they are looser (a directory made
 * before, or copied in from a backup), and describes what could not be tightened.
 */
export function tightenDataDir(dir: string): string[] {
  const problems: string[] = [];
  tighten(dir, 0o700, problems);
  for (const name of DATA_FILES) tighten(path.join(dir, name), 0o600, problems);
  return problems;
}

function tighten(file: string, mode: number, problems: string[]): void {
  let current: number;
  try {
    current = statSync(file).mode & 0o777;
  } catch {
    return; // not there (yet): nothing to protect
  }
  if ((current & ~mode) === 0) return;
  try {
    chmodSync(file, mode);
  } catch (error) {
    problems.push(
      `${file} can be read by other users of this machine (mode ${current.toString(8)}) and ` +
        `could not be made ${mode.toString(8)}: ${(error as Error).message}`,
    );
  }
}

/** Why the directory cannot be written (a read-only mount says so even to root), or null. */
export function writeAccessProblem(dir: string): string | null {
  try {
    accessSync(dir, constants.W_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}
