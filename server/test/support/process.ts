import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FIXTURE_SCENARIOS, PASSPHRASE } from './server.js';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface SpawnOptions {
  /** 0 picks a free port; a restart passes the old one, so clients reconnect where they were. */
  port?: number;
  scenariosDir?: string;
  /** Keeps everything in this PostgreSQL database instead of the data directory's SQLite file. */
  databaseUrl?: string;
  /** More settings for the server's environment (SAMENSPEL_LOG_LEVEL=info, …). */
  env?: Record<string, string>;
  /** Runs the server through another command, e.g. in a mount namespace of its own. */
  wrap?: (command: string, args: string[]) => { command: string; args: string[] };
}

/** The real start-up file in its own process, so it can be killed like a crashed server. */
export async function spawnServer(
  dataDir: string,
  { port = 0, scenariosDir = FIXTURE_SCENARIOS, wrap, databaseUrl, env = {} }: SpawnOptions = {},
): Promise<{
  url: string;
  port: number;
  child: ChildProcess;
  output: () => string;
  /** The moment the server listened. */
  listening: Promise<number>;
}> {
  const node = {
    command: process.execPath,
    args: ['--conditions=source', '--import', 'tsx', 'src/main.ts'],
  };
  const { command, args } = wrap ? wrap(node.command, node.args) : node;
  const child = spawn(command, args, {
    cwd: serverDir,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_SCENARIOS_DIR: scenariosDir,
      SAMENSPEL_PASSPHRASE: PASSPHRASE,
      SAMENSPEL_LOG_LEVEL: 'warn',
      // The production default, stated so that no setting of the caller's weakens the test.
      SAMENSPEL_SQLITE_SYNC: 'full',
      ...(databaseUrl ? { SAMENSPEL_DATABASE_URL: databaseUrl } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let heard: (at: number) => void = () => undefined;
  const listening = new Promise<number>((resolve) => (heard = resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Facilitator:\s+(http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        heard(Date.now());
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return { url, port: Number(new URL(url).port), child, output: () => output, listening };
}

export function kill9(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
