import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../dev/throwaway-postgres.js';
import { startNginx } from '../../dev/nginx.js';
import type { Front } from './burst.js';

const builtMain = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** A node as deployed (`pnpm start`) on the database, beside the bench's own. */
async function startPeer(databaseUrl: string): Promise<{ port: number; stop(): Promise<void> }> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-peer-'));
  const child: ChildProcess = spawn(process.execPath, [builtMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_DATABASE_URL: databaseUrl,
      SAMENSPEL_PASSPHRASE: 'bench-passphrase-samenspel',
      SAMENSPEL_LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`node did not start: ${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Samenspel is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`node exited with ${code}: ${output}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGKILL');
      }),
  };
}

/**
 * Three nodes as operations.md describes them: the bench's server and two more on the same
 * database, nginx running the shipped example configuration before all three, spreading
 * connections round-robin: the bench's phones all come from 127.0.0.1, and the example's hash by
 * client network would send them all to one node first, where real phones come from many
 * networks. The bench's rooms are created on its own node, so two of every three connections
 * first reach a node that sends them on (503 before the handshake): the cost of routing by room
 * is in the figures.
 */
export function threeNodesBehindNginx(databaseUrl: string): Front {
  return async (benchPort) => {
    const peers = [await startPeer(databaseUrl), await startPeer(databaseUrl)];
    const nginx = await startNginx([benchPort, ...peers.map((peer) => peer.port)], {
      roundRobin: true,
    });
    return {
      url: nginx.url,
      async stop() {
        for (const peer of peers) await peer.stop();
        await nginx.stop();
      },
    };
  };
}
