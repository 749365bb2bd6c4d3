import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { databaseUrlProblem } from './store/pg/pg-connect.js';

export type SqliteSync = 'full' | 'normal';

export interface ServerConfig {
  port: number;
  host: string;
  /** Where the event log, the secret and a generated passphrase live. */
  dataDir: string;
  /** Set from the environment; when absent one is generated and kept in dataDir. */
  passphrase: string | null;
  scenariosDir: string;
  /** The built client; served by the same process when it exists. */
  clientDir: string;
  /** The address phones use, for printed links; guessed from the network when absent. */
  publicUrl: string | null;
  /**
   * A PostgreSQL database for the session log and everything else the server keeps, instead of
   * the SQLite file in dataDir (`SAMENSPEL_DATABASE_URL`); null keeps the embedded default.
   */
  databaseUrl: string | null;
  /**
   * How long start-up waits for a PostgreSQL that cannot be reached yet (it is starting or
   * restarting) before it gives up (SAMENSPEL_DATABASE_WAIT_SECONDS; 10 by default, none when
   * absent here).
   */
  databaseWaitMs?: number;
  /** A port for Prometheus' `GET /metrics` (SAMENSPEL_METRICS_PORT); null serves none. */
  metricsPort?: number | null;
  /** Where that port listens (SAMENSPEL_METRICS_HOST), 127.0.0.1 by default. */
  metricsHost?: string;
  /**
   * How long a server told to stop keeps serving while it answers not ready, so that a proxy
   * sends it nobody new (SAMENSPEL_SHUTDOWN_DRAIN_SECONDS; 0 by default).
   */
  shutdownDrainMs?: number;
  /** SQLite's fsync policy: 'full' survives power loss, 'normal' survives a process crash. */
  sqliteSync: SqliteSync;
  /** Ended sessions older than this many days are deleted for good; null keeps them. */
  retentionDays: number | null;
  /**
   * Origins (scheme://host:port) other than the server's own and the public URL's that browsers
   * may send state-changing requests and socket connections from.
   */
  allowedOrigins: readonly string[];
  /**
   * How many reverse proxies stand before the server, each adding to X-Forwarded-For; 0 counts
   * every connection under its own peer address.
   */
  proxyHops: number;
  /**
   * The largest log file a logged-in facilitator may import, in bytes. Only after the passphrase
   * is checked: an unauthenticated request may send no more than MAX_MESSAGE_BYTES.
   */
  importLimitBytes: number;
  /**
   * Joins per network address per room in ten minutes (socket/limits.ts); absent means the
   * default of 300. A bigger audience behind one NAT, without a proxy to tell them apart, needs more.
   */
  joinsPerAddress?: number;
  /** Log requests and room activity (off in tests). */
  logLevel: 'info' | 'warn' | 'error' | 'silent';
}

const repoRoot = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');

/** A 5-hour day of a big group is tens of thousands of events: some 10 MB of JSON. */
export const DEFAULT_IMPORT_LIMIT_MB = 64;
/** Past this a log no longer fits in memory comfortably while it is parsed and folded. */
const MAX_IMPORT_LIMIT_MB = 1024;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads the configuration from environment variables; see the README's Configuration section. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a port number, got "${env.PORT}"`);
  }
  const sync = (env.SAMENSPEL_SQLITE_SYNC ?? 'full').toLowerCase();
  if (sync !== 'full' && sync !== 'normal') {
    throw new ConfigError(`SAMENSPEL_SQLITE_SYNC must be "full" or "normal", got "${sync}"`);
  }
  const logLevel = env.SAMENSPEL_LOG_LEVEL ?? 'info';
  if (!['info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new ConfigError(`SAMENSPEL_LOG_LEVEL must be info, warn, error or silent`);
  }
  const retention = env.SAMENSPEL_RETENTION_DAYS?.trim();
  const retentionDays = retention ? Number(retention) : null;
  if (retentionDays !== null && !(Number.isFinite(retentionDays) && retentionDays > 0)) {
    throw new ConfigError(
      `SAMENSPEL_RETENTION_DAYS must be a number of days above 0, got "${retention}"`,
    );
  }
  const hops = env.SAMENSPEL_TRUST_PROXY?.trim() || '0';
  const proxyHops = Number(hops);
  if (!/^\d+$/.test(hops) || proxyHops > 10) {
    throw new ConfigError(
      `SAMENSPEL_TRUST_PROXY must be the number of reverse proxies before the server (0–10), got "${hops}"`,
    );
  }
  const importLimit = env.SAMENSPEL_IMPORT_LIMIT_MB?.trim() || String(DEFAULT_IMPORT_LIMIT_MB);
  const importLimitMb = Number(importLimit);
  if (!/^\d+$/.test(importLimit) || importLimitMb < 1 || importLimitMb > MAX_IMPORT_LIMIT_MB) {
    throw new ConfigError(
      `SAMENSPEL_IMPORT_LIMIT_MB must be a whole number of megabytes from 1 to ${MAX_IMPORT_LIMIT_MB}, got "${importLimit}"`,
    );
  }
  const joins = env.SAMENSPEL_JOINS_PER_ADDRESS?.trim();
  const joinsPerAddress = joins ? Number(joins) : undefined;
  if (joinsPerAddress !== undefined && !(/^\d+$/.test(joins!) && joinsPerAddress >= 1)) {
    throw new ConfigError(
      `SAMENSPEL_JOINS_PER_ADDRESS must be a whole number of joins of 1 or more, got "${joins}"`,
    );
  }
  const databaseUrl = env.SAMENSPEL_DATABASE_URL?.trim() || null;
  const databaseProblem = databaseUrl === null ? null : databaseUrlProblem(databaseUrl);
  if (databaseProblem !== null) throw new ConfigError(databaseProblem);
  const metrics = env.SAMENSPEL_METRICS_PORT?.trim();
  const metricsPort = metrics ? Number(metrics) : null;
  if (metricsPort !== null && !(/^\d+$/.test(metrics!) && metricsPort <= 65535)) {
    throw new ConfigError(`SAMENSPEL_METRICS_PORT must be a port number, got "${metrics}"`);
  }
  const wait = env.SAMENSPEL_DATABASE_WAIT_SECONDS?.trim() || '10';
  if (!/^\d+$/.test(wait) || Number(wait) > 600) {
    throw new ConfigError(
      `SAMENSPEL_DATABASE_WAIT_SECONDS must be a whole number of seconds from 0 to 600, got "${wait}"`,
    );
  }
  const drain = env.SAMENSPEL_SHUTDOWN_DRAIN_SECONDS?.trim() || '0';
  if (!/^\d+$/.test(drain) || Number(drain) > 600) {
    throw new ConfigError(
      `SAMENSPEL_SHUTDOWN_DRAIN_SECONDS must be a whole number of seconds from 0 to 600, got "${drain}"`,
    );
  }
  return {
    port,
    proxyHops,
    databaseUrl,
    databaseWaitMs: Number(wait) * 1000,
    metricsPort,
    metricsHost: env.SAMENSPEL_METRICS_HOST?.trim() || '127.0.0.1',
    shutdownDrainMs: Number(drain) * 1000,
    importLimitBytes: importLimitMb * 1024 * 1024,
    ...(joinsPerAddress === undefined ? {} : { joinsPerAddress }),
    allowedOrigins: parseAllowedOrigins(env.SAMENSPEL_ALLOWED_ORIGINS ?? ''),
    retentionDays,
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.SAMENSPEL_DATA_DIR ?? path.join(repoRoot, 'data')),
    passphrase: env.SAMENSPEL_PASSPHRASE?.trim() || null,
    scenariosDir: path.resolve(env.SAMENSPEL_SCENARIOS_DIR ?? path.join(repoRoot, 'scenarios')),
    clientDir: path.resolve(env.SAMENSPEL_CLIENT_DIR ?? path.join(repoRoot, 'client', 'dist')),
    publicUrl: env.SAMENSPEL_PUBLIC_URL?.replace(/\/+$/, '') || null,
    sqliteSync: sync,
    logLevel: logLevel as ServerConfig['logLevel'],
  };
}

/** A comma-separated list of origins, each normalised to scheme://host[:port]. */
export function parseAllowedOrigins(list: string): string[] {
  const origins: string[] = [];
  for (const raw of list.split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const problem = `SAMENSPEL_ALLOWED_ORIGINS: "${entry}" is not an origin like https://training.example.nl`;
    let url: URL;
    try {
      url = new URL(entry);
    } catch {
      throw new ConfigError(problem);
    }
    const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !bare) {
      throw new ConfigError(problem);
    }
    origins.push(url.origin);
  }
  return origins;
}
