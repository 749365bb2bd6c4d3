import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { API, ReadyResponseSchema } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { startServer, tempDataDir } from './support/server.js';

/**
 * Root writes through any file mode; an immutable file (chattr +i) refuses even root, on file
 * systems that have the flag (ext4, xfs, btrfs; not tmpfs). Tried once on a file in the temp dir.
 */
function canFreeze(): boolean {
  if (process.getuid?.() !== 0) return false;
  const data = tempDataDir();
  const file = path.join(data.dir, 'probe');
  writeFileSync(file, '');
  const frozen = spawnSync('chattr', ['+i', file], { stdio: 'ignore' }).status === 0;
  spawnSync('chattr', ['-i', file], { stdio: 'ignore' });
  data.remove();
  return frozen;
}

const readiness = async (url: string) => {
  const response = await fetch(url + API.ready);
  return { status: response.status, body: ReadyResponseSchema.parse(await response.json()) };
};
const afterTheProbeGap = () => new Promise((resolve) => setTimeout(resolve, 1100));

/** Readiness follows the log while the server runs: a disk that stops taking writes shows at once. */
describe.runIf(canFreeze())('readiness of a running server', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let wal: string;
  let token: string;

  beforeAll(async () => {
    server = await startServer();
    token = await login(server.url);
    await createRoom(server.url, token);
    wal = path.join(server.dataDir, 'samenspel.sqlite-wal');
  });
  afterAll(async () => {
    spawnSync('chattr', ['-i', wal]);
    await server.stop();
  });

  it('turns 503 while the log refuses writes, and back once it takes them again', async () => {
    expect(await readiness(server.url)).toEqual({
      status: 200,
      body: { ready: true, store: 'writable', node: 'serving' },
    });
    execFileSync('chattr', ['+i', wal]);
    await afterTheProbeGap();
    expect(await readiness(server.url)).toEqual({
      status: 503,
      body: { ready: false, store: 'unwritable', node: 'serving' },
    });
    await expect(createRoom(server.url, token)).rejects.toThrow('create room failed: 500');

    execFileSync('chattr', ['-i', wal]);
    await afterTheProbeGap();
    expect((await readiness(server.url)).status).toBe(200);
    await createRoom(server.url, token);
  });
});
