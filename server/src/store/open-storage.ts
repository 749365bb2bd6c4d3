import type { ServerConfig } from '../config.js';
import { loadSecrets, type Secrets } from '../auth/secrets.js';
import type { EventStore } from './event-store.js';
import { dataDirWarnings, openDataDir, openSqliteStore } from './open-data-dir.js';
import { LoggedOutSessions, type LogoutStore } from './logout-store.js';
import { SqliteNotesStore, type NotesStore } from './notes-store.js';
import type { ProgrammeStore } from './programme-store.js';
import { SqliteProgrammeStore } from './sqlite-programme-store.js';
import { checkReachable, createPgPool, safeDatabaseUrl } from './pg/pg-connect.js';
import { ensureSchema } from './pg/pg-schema.js';
import { PgRoomLeases } from './pg/pg-room-leases.js';
import { soleOwnership, type RoomOwnership } from '../rooms/room-ownership.js';
import { PgEventStore } from './pg/pg-event-store.js';
import { PgProgrammeStore } from './pg/pg-programme-store.js';
import { PgNotesStore } from './pg/pg-notes-store.js';
import { PgLogoutStore } from './pg/pg-logout-store.js';
import { loadSharedSecrets } from './pg/pg-secrets.js';
import { SqliteSelfTestStore, type SelfTestStore } from './self-test-store.js';
import { PgSelfTestStore } from './pg/pg-self-test-store.js';

/** Everything the server keeps, in the embedded SQLite file or in PostgreSQL. */
export interface Storage {
  /** Where it is, for the start-up lines (a database URL without its password). */
  where: string;
  store: EventStore;
  /** Which rooms this node may run: all of them on SQLite, those it holds on PostgreSQL. */
  ownership: RoomOwnership;
  programmes: ProgrammeStore;
  notes: NotesStore;
  loggedOut: LogoutStore;
  /** Self-test results their owners chose to carry into a room. */
  selfTests: SelfTestStore;
  secrets: Secrets;
  /** What start-up found wrong but can go on with: loose file modes, a log it cannot write. */
  warnings(): Promise<string[]>;
  close(): Promise<void>;
}

export interface StorageOptions {
  now: () => number;
  onError: (error: unknown) => void;
  /** A store other than the configured one (tests). */
  store?: EventStore;
}

/** Opens the storage the configuration names: PostgreSQL when a database URL is set. */
export async function openStorage(config: ServerConfig, options: StorageOptions): Promise<Storage> {
  return config.databaseUrl === null
    ? openSqliteStorage(config, options)
    : openPgStorage(config.databaseUrl, config, options);
}

function openSqliteStorage(config: ServerConfig, options: StorageOptions): Storage {
  const lock = openDataDir(config.dataDir);
  const opened: Array<{ close(): unknown }> = [];
  try {
    const secrets = loadSecrets(config.dataDir, config.passphrase);
    // The log first: start-up on a log that cannot be opened stops with its own clear message.
    const store = options.store ?? openSqliteStore(config);
    opened.push(store);
    const loggedOut = new LoggedOutSessions(config.dataDir, options.now());
    opened.push(loggedOut);
    const programmes = new SqliteProgrammeStore(config.dataDir);
    opened.push(programmes);
    const notes = new SqliteNotesStore(config.dataDir);
    opened.push(notes);
    const selfTests = new SqliteSelfTestStore(config.dataDir);
    return {
      where: config.dataDir,
      store,
      ownership: soleOwnership,
      programmes,
      notes,
      loggedOut,
      selfTests,
      secrets,
      warnings: () => dataDirWarnings(config.dataDir, store, lock),
      async close() {
        await store.close();
        await selfTests.close();
        await notes.close();
        await programmes.close();
        await loggedOut.close();
        lock.release();
      },
    };
  } catch (error) {
    for (const part of opened) void part.close();
    lock.release();
    throw error;
  }
}

async function openPgStorage(
  url: string,
  config: ServerConfig,
  options: StorageOptions,
): Promise<Storage> {
  const pool = createPgPool(url, { onIdleError: options.onError });
  let leases: PgRoomLeases | null = null;
  try {
    await checkReachable(pool, url, { waitMs: config.databaseWaitMs ?? 0 });
    await ensureSchema(pool);
    leases = await PgRoomLeases.start(pool);
    const secrets = await loadSharedSecrets(pool, config.passphrase, leases.nodeId);
    const pgStore = new PgEventStore(pool, leases);
    await pgStore.dropUnfinishedImports();
    const store = options.store ?? pgStore;
    const loggedOut = await PgLogoutStore.open(pool, options.now, options.onError);
    const programmes = new PgProgrammeStore(pool);
    const notes = new PgNotesStore(pool);
    const selfTests = new PgSelfTestStore(pool);
    const held = leases;
    return {
      where: safeDatabaseUrl(url),
      store,
      ownership: held,
      programmes,
      notes,
      loggedOut,
      selfTests,
      secrets,
      async warnings() {
        const problem = await store.writeProblem();
        const warnings =
          problem === null
            ? []
            : [
                `the session log in PostgreSQL cannot be written (${problem}). Past sessions can be ` +
                  'read, but no room can be created or run, and /api/ready answers 503 while it stays so.',
              ];
        if (config.publicUrl === null) {
          // Each node would otherwise put its own address in the projector's QR code.
          warnings.push(
            'SAMENSPEL_PUBLIC_URL is not set. With several nodes behind a proxy, set it to the ' +
              "proxy's address, or phones are shown this node's own address and skip the proxy.",
          );
        }
        return warnings;
      },
      async close() {
        await store.close();
        await loggedOut.close();
        // Every room still running goes to the other nodes at once, before this one is gone.
        await held.close(true);
        await pool.end();
      },
    };
  } catch (error) {
    await leases?.close(true);
    await pool.end().catch(() => undefined);
    throw error;
  }
}
