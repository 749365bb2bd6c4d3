import { networkInterfaces } from 'node:os';
import { PATHS } from '@samenspel/shared';
import { configFromEnv, ConfigError } from './config.js';
import { buildApp } from './app.js';
import { StartupError } from './startup-error.js';

/** Start-up: read the environment, build the app, listen, and tell the person where to go. */
async function main() {
  const config = configFromEnv();
  // Whatever the server writes (the log's -wal and -shm files too) is for this user alone.
  process.umask(0o077);
  const app = await buildApp(config);
  for (const problem of app.catalog.problems) {
    console.error(`Scenario refused: ${problem}`);
  }
  for (const warning of app.startupWarnings) {
    console.error(`Warning: ${warning}`);
  }
  const { port } = await app.listen();
  const local = `http://localhost:${port}`;
  const lan = lanAddress();
  const forPhones = config.publicUrl ?? (lan ? `http://${lan}:${port}` : local);
  app.setPublicUrl(config.publicUrl ?? (lan ? `http://${lan}:${port}` : null));
  const lines = [
    '',
    'Samenspel is running.',
    `  Facilitator:  ${local}${PATHS.facilitatorHome}`,
    `  Participants: ${forPhones}  (phones on the same network; or set SAMENSPEL_PUBLIC_URL)`,
    `  Scenarios:    ${app.catalog.scenarios.size} loaded from ${config.scenariosDir}`,
    `  Data:         ${app.storedIn}`,
  ];
  if (app.metricsPort !== null) {
    lines.push(`  Metrics:      http://${config.metricsHost}:${app.metricsPort}/metrics`);
  }
  if (app.secrets.passphraseGenerated) {
    lines.push(
      '',
      `  Facilitator passphrase (generated, shown this once, kept in ${config.databaseUrl ? 'the database' : `${config.dataDir}/passphrase.txt`}):`,
      `      ${app.secrets.passphrase}`,
    );
  }
  console.log(lines.join('\n') + '\n');

  const stop = async (signal: string) => {
    console.log(`${signal}: closing rooms and the session log…`);
    try {
      await app.close();
    } catch (error) {
      // Everything acknowledged is in the log already; say what went wrong while closing.
      console.error('Closing did not finish cleanly:', error);
      process.exit(1);
    }
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof StartupError) console.error(`Samenspel cannot start: ${error.message}`);
  else console.error(error);
  process.exit(1);
});
