import pg from 'pg';
import { StartupError } from '../../startup-error.js';

/** The setting that chooses PostgreSQL over the embedded SQLite log. */
export const DATABASE_URL_SETTING = 'SAMENSPEL_DATABASE_URL';

/** BIGINT columns (times in ms, epochs) come back as numbers: every one of ours fits in 2^53. */
export const PG_TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (text: string) => Number(text)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/** The address with its password masked, for messages and logs. */
export function safeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    // node-postgres also takes a password (and a key's passphrase) from the query string.
    for (const name of [...parsed.searchParams.keys()]) {
      if (/pass/i.test(name)) parsed.searchParams.set(name, '***');
    }
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

/**
 * Checks the setting's shape before anything connects: a postgres:// or postgresql:// URL with
 * a host and a database. Returns a problem naming the setting, never its password.
 */
export function databaseUrlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `${DATABASE_URL_SETTING} must be a URL like postgres://samenspel@db.example.nl:5432/samenspel`;
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    return `${DATABASE_URL_SETTING} must start with postgres:// or postgresql://, got "${parsed.protocol}//…"`;
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    return `${DATABASE_URL_SETTING} names no host: ${safeDatabaseUrl(url)}`;
  }
  if (parsed.pathname.replace(/^\//, '') === '') {
    return `${DATABASE_URL_SETTING} names no database (the path after the host): ${safeDatabaseUrl(url)}`;
  }
  return null;
}

export interface PgPoolOptions {
  /** Connections at most; the log's group commits use one at a time. */
  max?: number;
  /** Told of an error on an idle connection (the database restarted, a connection was killed). */
  onIdleError?: (error: Error) => void;
}

/**
 * A pool whose idle connections may die without taking the process down: node-postgres emits
 * `error` on the pool for them, which kills the process when nobody listens. A query on a dead
 * connection fails as a query, and the pool opens a new one for the next.
 */
export function createPgPool(url: string, options: PgPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    types: PG_TYPES,
    max: options.max ?? 8,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    // A query stuck behind a network that went away fails instead of waiting for ever.
    query_timeout: 30_000,
    application_name: 'samenspel',
    keepAlive: true,
    keepAliveInitialDelayMillis: 2_000,
    // A node cut off mid-transaction must not keep its locks (rooms' lease rows among them)
    // until the operating system gives up on the connection, two hours later.
    options:
      '-c idle_in_transaction_session_timeout=10000 -c tcp_keepalives_idle=2 ' +
      '-c tcp_keepalives_interval=1 -c tcp_keepalives_count=3',
  });
  pool.on('error', (error) => options.onIdleError?.(error));
  return pool;
}

/**
 * Connects once at start-up, so a wrong address or password stops the server saying so. A
 * database out of reach is tried again for `waitMs` first: nodes restarted while PostgreSQL
 * restarts, or started before it, come up once it does.
 */
export async function checkReachable(
  pool: pg.Pool,
  url: string,
  { waitMs = 0, warn = (line: string) => console.warn(line) } = {},
): Promise<void> {
  const deadline = Date.now() + waitMs;
  let lastWarned = -Infinity;
  for (;;) {
    try {
      await pool.query('SELECT 1');
      return;
    } catch (error) {
      const message = (error as Error).message;
      // A database that is starting, restarting or not up yet is waited for; one that refuses
      // this node (no such database, a wrong password) is not.
      if (!isStoreUnreachable(error) || Date.now() >= deadline) {
        const waited =
          waitMs > 0 && isStoreUnreachable(error) ? `, also after ${waitMs / 1000} s` : '';
        throw new StartupError(
          `the PostgreSQL database in ${DATABASE_URL_SETTING} (${safeDatabaseUrl(url)}) cannot be used${waited}: ` +
            message,
        );
      }
      if (Date.now() - lastWarned >= 5_000) {
        lastWarned = Date.now();
        warn(
          `waiting for PostgreSQL in ${DATABASE_URL_SETTING} (${safeDatabaseUrl(url)}): ${message}; ` +
            `giving up in ${Math.ceil((deadline - Date.now()) / 1000)} s`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Errors of a database out of reach, as node-postgres and the server give them. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // A name not (yet) in DNS: a database container that is still starting.
  'EAI_AGAIN',
  'ENOTFOUND',
  // SQLSTATE: connection exceptions, and the server shutting down or starting up.
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);
const UNREACHABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Query read timeout|connection error/i;

/**
 * Whether a request failed because the database could not be reached (rather than for what
 * it asked): answered 503, so a proxy tries another node, and the client later.
 */
export function isStoreUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    (typeof code === 'string' && UNREACHABLE_CODES.has(code)) ||
    UNREACHABLE_MESSAGE.test(error.message)
  );
}
