import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { API, ReadyResponseSchema } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import { joinAsParticipant, TestClient } from './support/client.js';
import { PASSPHRASE, startServer, tempDataDir } from './support/server.js';
import { spawnServer } from './support/process.js';

/** What an operator and a load balancer rely on: metrics, readiness while stopping, logs. */
describe('operating a node', () => {
  const clients: TestClient[] = [];
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const client of clients) client.close();
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('counts rooms, connections, commands by outcome and append times on a port of its own', async () => {
    const server = await startServer({ config: { metricsPort: 0 } });
    try {
      const metricsPort = server.app.metricsPort!;
      expect(metricsPort).toBeGreaterThan(0);
      const token = await login(server.url);
      const room = await createRoom(server.url, token);
      const phone = await joinAsParticipant(server.url, room.code, 'Noor');
      clients.push(phone.client);
      const refused = await phone.client.send({
        type: 'answer',
        blockId: 'geen-blok',
        answer: { kind: 'poll', optionIds: ['x'] },
      });
      expect(refused.ok).toBe(false);
      const code = !refused.ok && refused.error.code;

      const text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      expect(text).toMatch(/^samenspel_commands_total\{type="join",outcome="ok"\} 1$/m);
      expect(text).toContain(`samenspel_commands_total{type="answer",outcome="${code}"} 1`);
      expect(text).toMatch(/^samenspel_rooms_live 1$/m);
      expect(text).toMatch(/^samenspel_connections\{kind="participant"\} 1$/m);
      expect(text).toMatch(/^samenspel_ready 1$/m);
      const appends = /^samenspel_store_append_seconds_count (\d+)$/m.exec(text);
      expect(Number(appends?.[1])).toBeGreaterThanOrEqual(2);
      expect(text).toMatch(/^samenspel_nodejs_eventloop_lag_seconds /m);
      // The public port does not tell.
      const outside = await fetch(`${server.url}/metrics`);
      expect(await outside.text()).not.toContain('samenspel_commands_total');
    } finally {
      await server.stop();
    }
  });

  it('answers not ready from the moment it is told to stop, while it still serves', async () => {
    const server = await startServer({ config: { shutdownDrainMs: 1_000 } });
    const closing = server.stop();
    const response = await fetch(server.url + API.ready);
    expect(response.status).toBe(503);
    expect(ReadyResponseSchema.parse(await response.json())).toMatchObject({
      ready: false,
      node: 'draining',
    });
    expect((await fetch(server.url + API.health)).status).toBe(200);
    await closing;
  });

  it('logs each request about a room with its roomId, and no passphrase, token or join code', async () => {
    const data = tempDataDir();
    try {
      const server = await spawnServer(data.dir, { env: { SAMENSPEL_LOG_LEVEL: 'info' } });
      children.push(server.child);
      const token = await login(server.url);
      const room = await createRoom(server.url, token);
      await readLog(server.url, token, room.roomId);
      await fetch(`${server.url}/api/join/${room.code}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const lines = server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      const aboutRoom = lines.filter((line) =>
        String((line.req as { url?: string } | undefined)?.url ?? '').startsWith(
          `/api/rooms/${room.roomId}`,
        ),
      );
      expect(aboutRoom.length).toBeGreaterThan(0);
      // Every line of such a request, its completion too, carries the room.
      const requestIds = new Set(aboutRoom.map((line) => line.reqId));
      for (const line of lines.filter((l) => requestIds.has(l.reqId))) {
        expect(line.roomId).toBe(room.roomId);
      }
      const all = server.output();
      expect(all).not.toContain(PASSPHRASE);
      expect(all).not.toContain(token);
      expect(all).not.toContain(room.code);
      expect(all).toContain('/api/join/***');
    } finally {
      data.remove();
    }
  });
});
