import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequest, APIRequestContext } from '@playwright/test';
import type { RoomSummary } from '@samenspel/shared';
import { apiCreateRoom, apiSignIn } from './api.js';
import { TEST_PASSPHRASE } from './env.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * A second built server on a free port, with its own data directory, for a test that leaves
 * the server in a state no other test may meet (an address blocked for guessing).
 */
export async function startOwnServer(
  env: Record<string, string> = {},
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'samenspel-e2e-own-'));
  const child = spawn(process.execPath, [path.resolve(here, '../../server/dist/main.js')], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      SAMENSPEL_DATA_DIR: dataDir,
      SAMENSPEL_PASSPHRASE: TEST_PASSPHRASE,
      SAMENSPEL_SCENARIOS_DIR: path.resolve(here, '../../scenarios'),
      SAMENSPEL_LOG_LEVEL: 'warn',
      SAMENSPEL_SQLITE_SYNC: 'normal',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Facilitator:\s+http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    baseURL: `http://127.0.0.1:${port}`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A server of its own with one demo room on it, set up over HTTP as a facilitator would;
 * `stop` drops the HTTP session and stops the server.
 */
export async function startOwnServerWithRoom(
  requests: APIRequest,
  env: Record<string, string> = {},
): Promise<{ baseURL: string; room: RoomSummary; stop: () => Promise<void> }> {
  const server = await startOwnServer(env);
  let request: APIRequestContext | undefined;
  const stop = async () => {
    await request?.dispose();
    await server.stop();
  };
  try {
    request = await requests.newContext({ baseURL: server.baseURL });
    const room = await apiCreateRoom(request, await apiSignIn(request), 'demo');
    return { baseURL: server.baseURL, room, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
