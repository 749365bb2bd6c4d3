import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startPostgres } from './throwaway-postgres.js';
import { startNginx } from './nginx.js';

/**
 * `pnpm cluster`: Samenspel as operations.md's "Several nodes" describes it, on this machine:
 * a throwaway PostgreSQL, three nodes of the built server on it (each runs the rooms it holds)
 * and nginx on deploy/nginx-samenspel.conf before them. Prints the address; `kill <pid>` a node
 * to watch the others take its rooms up; Ctrl-C stops everything and removes the database.
 */
const builtMain = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const passphrase = process.env.SAMENSPEL_PASSPHRASE ?? 'samenspel-cluster';

const database = await startPostgres();
const url = await database.createDatabase();
const ports = [await freePort(), await freePort(), await freePort()];
const nodes: ChildProcess[] = [];
const dirs: string[] = [];
// The proxy first: the nodes print its address as the one for phones and the projector's QR.
const proxy = await startNginx(ports);
const publicUrl = process.env.SAMENSPEL_PUBLIC_URL ?? proxy.url;

function startNode(port: number, index: number): ChildProcess {
  const dataDir = mkdtempSync(path.join(tmpdir(), `samenspel-node${index}-`));
  dirs.push(dataDir);
  const child = spawn(process.execPath, [builtMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_DATABASE_URL: url,
      SAMENSPEL_PASSPHRASE: passphrase,
      SAMENSPEL_TRUST_PROXY: '1',
      SAMENSPEL_PUBLIC_URL: publicUrl,
      SAMENSPEL_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const label = `[node ${index} :${port} pid ${child.pid}]`;
  const echo = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) console.log(`${label} ${line}`);
  };
  child.stdout!.on('data', echo);
  child.stderr!.on('data', echo);
  child.once('exit', (code, signal) => console.log(`${label} stopped (${signal ?? code})`));
  return child;
}

for (const [i, port] of ports.entries()) nodes.push(startNode(port, i + 1));
console.log(`
Three Samenspel nodes behind nginx: ${publicUrl}/facilitator  (passphrase: ${passphrase})
Each room runs on the node that first took it up (SELECT room_id, node_id FROM room_leases).
Kill a node (its pid is in its lines) to see the others take its rooms up within seconds.
Ctrl-C stops the nodes, nginx and the database.
`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const node of nodes) node.kill('SIGTERM');
  await proxy.stop();
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const node of nodes) if (node.exitCode === null) node.kill('SIGKILL');
  await database.remove();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
