import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqliteSync } from '../../src/config.js';
import { newBenchCommandId } from './command-id.js';
import type { BenchRoom } from './ipc.js';
import { serveProbe } from './probe.js';

/**
 * The load bench's server: the real app (buildApp, compiled) on loopback with a fresh data directory and
 * `BENCH_ROOMS` rooms whose session is running on the vote. Started by the bench as a child
 * process, so the clients do not share its event loop.
 */
// The server as deployed (`pnpm start` runs the compiled build), not the sources through tsx,
// whose transform adds work to every call; `pnpm bench` builds it first.
const builtApp = new URL('../../dist/app.js', import.meta.url).href;
const { buildApp } = (await import(builtApp)) as typeof import('../../src/app.js');

const roomCount = Number(process.env.BENCH_ROOMS ?? 1);
const sqliteSync = (process.env.BENCH_SQLITE_SYNC ?? 'full') as SqliteSync;
const dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-bench-'));
process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));

const app = await buildApp(
  {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    passphrase: 'bench-passphrase-samenspel',
    scenariosDir: fileURLToPath(new URL('./scenarios', import.meta.url)),
    clientDir: path.join(dataDir, 'no-client'),
    publicUrl: null,
    sqliteSync,
    databaseUrl: process.env.BENCH_DATABASE_URL ?? null,
    retentionDays: null,
    logLevel: 'silent',
    allowedOrigins: [],
    proxyHops: 0,
    importLimitBytes: 64 * 1024 * 1024,
    // Every bench phone comes from 127.0.0.1: the join budget of one address would stop a room
    // of a thousand at 300.
    joinsPerAddress: 1_000_000,
  },
  { staffGapMs: 50 },
);
const scenario = app.catalog.scenarios.get('bench-stemming');
if (!scenario) throw new Error(`bench scenario missing: ${app.catalog.problems.join('; ')}`);

const rooms: BenchRoom[] = [];
for (let i = 0; i < roomCount; i++) {
  const authority = await app.registry.create(scenario, `bench ${i + 1}`);
  const ack = await authority.submit(
    { kind: 'facilitator' },
    { v: 1, id: newBenchCommandId(), type: 'session.start' },
  );
  if (!ack.ok) throw new Error(`session.start refused: ${ack.error.message}`);
  const state = authority.snapshot;
  if (state.scenario.blocks[state.currentBlockIndex ?? -1]?.kind !== 'poll') {
    throw new Error('the bench session did not open on its vote');
  }
  rooms.push({
    roomId: authority.roomId,
    code: state.code,
    facilitatorKey: app.keys.facilitatorKey(authority.roomId),
  });
}
const { port } = await app.listen();
// Samples wait for every room's queue to drain, so memory is measured with all joins in.
serveProbe({ type: 'ready', port, rooms }, 'samenspel', async () => {
  await Promise.all(app.registry.liveRooms.map((authority) => authority.idle()));
});
