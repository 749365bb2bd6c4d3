import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL server of its own in a temporary directory, on a free port of 127.0.0.1. */
export interface ThrowawayPostgres {
  port: number;
  /** The URL of a database on it; `createDatabase` makes a fresh one. */
  url(database?: string): string;
  createDatabase(): Promise<string>;
  /** Stops it as a crash would (immediate mode), keeping its data, and starts it again. */
  restart(): Promise<void>;
  stopNow(): Promise<void>;
  start(): Promise<void>;
  remove(): Promise<void>;
}

/** Debian puts the server's programs under /usr/lib/postgresql/<version>/bin. */
function binDir(): string {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(path.join(root, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin');
  }
  throw new Error(
    'PostgreSQL is not installed: apt-get install postgresql (or set PG_BIN_DIR to where initdb is)',
  );
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

let databases = 0;

/**
 * initdb refuses to run as root, which CI is: then the cluster belongs to Debian's `postgres`
 * user, and its programs run as that user. Trust authentication on 127.0.0.1 only.
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const exec = (program: string, args: string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, program), ...args])
      : run(path.join(bin, program), args);
  await exec('initdb', [
    '-D',
    data,
    '-U',
    'samenspel',
    '--auth=trust',
    '-E',
    'UTF8',
    '--no-locale',
  ]);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    // As deployed: a commit is on disk before it returns.
    '-c fsync=on',
    '-c synchronous_commit=on',
    '-c max_connections=200',
  ].join(' ');
  const start = async () => {
    await exec('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
  };
  const stopNow = async () => {
    await exec('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
  };
  await start();
  const url = (database = 'postgres') => `postgres://samenspel@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase() {
      const name = `samenspel_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    async restart() {
      await stopNow();
      await start();
    },
    stopNow,
    start,
    async remove() {
      await stopNow();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
