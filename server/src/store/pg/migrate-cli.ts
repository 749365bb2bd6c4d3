import path from 'node:path';
import { ConfigError } from '../../config.js';
import { StartupError } from '../../startup-error.js';
import {
  checkReachable,
  createPgPool,
  DATABASE_URL_SETTING,
  databaseUrlProblem,
  safeDatabaseUrl,
} from './pg-connect.js';
import { ensureSchema } from './pg-schema.js';
import { liveNodes } from './pg-room-leases.js';
import { migrateToPostgres, MigrationRefused } from './migrate-to-postgres.js';

/**
 * `pnpm migrate-to-postgres <data directory>` with SAMENSPEL_DATABASE_URL set: copies the
 * directory's session log, programmes, notes and secrets into an empty PostgreSQL database,
 * checks every room (events counted, SHA-256 of their bodies compared), and exits 0 only when
 * every room is the same on both sides.
 */
async function main(args: string[]): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const dataDir = path.resolve(cwd, args[0] ?? process.env.SAMENSPEL_DATA_DIR ?? 'data');
  const url = process.env[DATABASE_URL_SETTING]?.trim() ?? '';
  if (url === '') throw new ConfigError(`set ${DATABASE_URL_SETTING} to the database to copy into`);
  const problem = databaseUrlProblem(url);
  if (problem) throw new ConfigError(problem);
  const pool = createPgPool(url);
  try {
    await checkReachable(pool, url);
    await ensureSchema(pool);
    // No server may write this database meanwhile: the copy goes into an empty one, and a
    // running node would create rooms beside it.
    const running = await liveNodes(pool);
    if (running > 0) {
      throw new StartupError(
        `${running} Samenspel server${running === 1 ? ' is' : 's are'} running on this database; stop ${running === 1 ? 'it' : 'them'} first`,
      );
    }
    return await copy(dataDir, url, pool);
  } finally {
    await pool.end();
  }
}

async function copy(
  dataDir: string,
  url: string,
  pool: ReturnType<typeof createPgPool>,
): Promise<number> {
  console.log(`Copying ${dataDir} into ${safeDatabaseUrl(url)}`);
  const report = await migrateToPostgres(dataDir, pool, (line) => console.log(`  ${line}`));
  console.log(
    `\n${report.rooms.length} rooms, ${report.programmes} programmes (${report.programmeVersions} versions), ` +
      `${report.methods} methods, ${report.notes} notes, ${report.logouts} logouts, ${report.selfTests} self-test results copied.`,
  );
  if (!report.verified) {
    console.error('The copy differs from the data directory in the rooms marked DIFF.');
    return 1;
  }
  console.log(
    `Every room checked: the same events, byte for byte. Start the server with ${DATABASE_URL_SETTING}.`,
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof ConfigError ||
      error instanceof StartupError ||
      error instanceof MigrationRefused
    ) {
      console.error(`Migration not started: ${error.message}`);
    } else console.error(error);
    process.exit(2);
  },
);
