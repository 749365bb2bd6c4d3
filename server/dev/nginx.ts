import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './throwaway-postgres.js';

/** The example configuration the docs point to: the proxy the tests start is this one. */
export const NGINX_EXAMPLE = fileURLToPath(
  new URL('../../deploy/nginx-samenspel.conf', import.meta.url),
);

export interface RunningNginx {
  port: number;
  url: string;
  /** What nginx wrote to its error log so far. */
  errors(): string;
  stop(): Promise<void>;
}

/**
 * Starts Debian's nginx on the shipped example configuration, in a temporary directory, with
 * its listening port, its upstream nodes' ports and its file paths put in: nothing else is
 * changed, so what is tested is what an operator copies. `roundRobin` drops the hash by client
 * network, for a bench whose clients all come from 127.0.0.1 where real phones come from many.
 */
export async function startNginx(
  nodePorts: readonly number[],
  options: { roundRobin?: boolean } = {},
): Promise<RunningNginx> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'samenspel-nginx-'));
  const temp = path.join(dir, 'temp');
  mkdirSync(temp);
  // Its workers run as nobody when started by root.
  chmodSync(dir, 0o755);
  chmodSync(temp, 0o777);
  const port = await freePort();
  // The example names its nodes 127.0.0.1:3001, :3002, ...: each becomes the node of that place.
  const places = new Set<number>();
  let config = readFileSync(NGINX_EXAMPLE, 'utf8').replace(
    /server 127\.0\.0\.1:(\d+)/g,
    (line, example: string) => {
      const place = Number(example) - 3001;
      places.add(place);
      const nodePort = nodePorts[place];
      return nodePort === undefined ? line : `server 127.0.0.1:${nodePort}`;
    },
  );
  if (places.size !== nodePorts.length) {
    throw new Error(`the example has ${places.size} upstream nodes, not ${nodePorts.length}`);
  }
  // Clients that all share one address (a bench) would all reach the same node first.
  if (options.roundRobin) {
    const hashed = config;
    config = config.replace(/\n\s*hash \$client_network consistent;/, '');
    if (config === hashed) throw new Error('the example no longer hashes by client network');
  }
  config = config
    .replace(/listen \d+;/, `listen 127.0.0.1:${port};`)
    .replace(/error_log [^;]+;/, `error_log ${dir}/error.log warn;`)
    .replace(/pid [^;]+;/, `pid ${dir}/nginx.pid;`)
    .replace(
      'http {',
      `http {\n  client_body_temp_path ${temp}/body;\n  proxy_temp_path ${temp}/proxy;`,
    );
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, config);
  const child: ChildProcess = spawn('nginx', ['-p', dir, '-c', file, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  // Up once it accepts a connection (a 502 while no node listens is an answer too).
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`nginx did not start: ${errors}`);
    const answered = await fetch(`${url}/api/health`).then(
      () => true,
      () => false,
    );
    if (answered) break;
    if (tries > 100) throw new Error(`nginx did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    port,
    url,
    errors: () => {
      try {
        return readFileSync(path.join(dir, 'error.log'), 'utf8');
      } catch {
        return '';
      }
    },
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
