import { afterAll, beforeAll, describe, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRoom, login } from './support/http.js';
import { freePort, startPostgres, type ThrowawayPostgres } from '../dev/throwaway-postgres.js';
import { startNginx, type RunningNginx } from '../dev/nginx.js';
import { tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const code = () => Array.from({ length: 6 }, () => LETTERS[Math.floor(Math.random() * 31)]).join('');

describe('scratch: join-code oracle through routing', () => {
  const data = tempDataDir();
  const children: ChildProcess[] = [];
  let database: ThrowawayPostgres;
  let proxy: RunningNginx;
  let urls: string[] = [];
  beforeAll(async () => {
    database = await startPostgres();
    const databaseUrl = await database.createDatabase();
    const ports = [await freePort(), await freePort(), await freePort()];
    const nodes = await Promise.all(ports.map((port) =>
      spawnServer(data.dir, { port, scenariosDir: SHIPPED, databaseUrl, env: { SAMENSPEL_TRUST_PROXY: '1' } })));
    for (const node of nodes) children.push(node.child);
    urls = nodes.map((n) => n.url);
    proxy = await startNginx(ports);
  }, 60_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await proxy?.stop();
    await database?.remove();
    data.remove();
  });

  it('measures', async () => {
    const token = await login(urls[0]!);
    const room = await createRoom(urls[0]!, token, 'demo');
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const port = proxy.port;
    const time = (hint: string) => new Promise<[number, number]>((resolve) => {
      const t = process.hrtime.bigint();
      http.get({ host: '127.0.0.1', port, agent, path: `/socket.io/?EIO=4&transport=polling&room=${hint}` }, (res) => {
        res.resume(); res.on('end', () => resolve([Number(process.hrtime.bigint() - t) / 1e6, res.statusCode!]));
      });
    });
    const known: number[] = [], unknown: number[] = [];
    for (let i = 0; i < 300; i++) {
      known.push((await time(room.code))[0]);
      unknown.push((await time(code()))[0]);
    }
    const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(3);
    console.log({ knownMedianMs: med(known), unknownMedianMs: med(unknown) });
    // 20 guesses in a row with the wrong code, then the right one: never rate limited here.
    const direct = Number(new URL(urls[1]!).port);
    const st = await new Promise<number>((r) => http.get({ host: '127.0.0.1', port: direct, path: `/socket.io/?EIO=4&transport=polling&room=${room.code}` }, (res) => { res.resume(); r(res.statusCode!); }));
    console.log({ directToOtherNode: st });
  }, 60_000);
});
