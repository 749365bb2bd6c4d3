import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FromServer, Sample, ServerReady } from './ipc.js';

export interface BenchServer {
  ready: ServerReady;
  url: string;
  sample(resetLag: boolean): Promise<Sample>;
  stop(): Promise<void>;
}

/** Starts `entry` (app-server.ts or relay-server.ts) in its own Node process, with GC exposed. */
export async function startBenchServer(
  entry: 'app-server.ts' | 'relay-server.ts',
  env: Record<string, string>,
): Promise<BenchServer> {
  const child: ChildProcess = fork(fileURLToPath(new URL(entry, import.meta.url)), [], {
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (sample: Sample) => void>();
  let nextId = 1;
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry} did not start in 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code} before ready`)));
    child.on('message', (message: FromServer) => {
      if (message.type === 'ready') {
        clearTimeout(timer);
        resolve(message);
      } else {
        waiting.get(message.id)?.(message);
        waiting.delete(message.id);
      }
    });
  });
  return {
    ready,
    url: `http://127.0.0.1:${ready.port}`,
    sample(resetLag) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        child.send({ type: 'sample', id, resetLag });
      });
    },
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
