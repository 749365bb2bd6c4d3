import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type {
  AuditReply,
  FromServer,
  Sample,
  ServerReady,
  SnapshotWritten,
  ToServer,
} from './ipc.js';

export interface BenchServer {
  ready: ServerReady;
  url: string;
  sample(resetLag: boolean): Promise<Sample>;
  /** Writes a V8 heap snapshot in the server process (which stops while it writes). */
  snapshot(file: string): Promise<SnapshotWritten>;
  /** The soak server's rooms as their logs hold them. */
  audit(roomIds: string[]): Promise<AuditReply>;
  /** Resolves with the exit code if the server process ends before stop() is called. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

type Reply = Exclude<FromServer, ServerReady>;
type Request = ToServer extends infer R ? (R extends ToServer ? Omit<R, 'id'> : never) : never;

/**
 * Starts `entry` (app-server.ts or relay-server.ts beside this file, or another bench server's
 * URL) in its own Node process, with GC exposed.
 */
export async function startBenchServer(
  entry: 'app-server.ts' | 'relay-server.ts' | URL,
  env: Record<string, string>,
): Promise<BenchServer> {
  const file = typeof entry === 'string' ? new URL(entry, import.meta.url) : entry;
  const name = fileURLToPath(file).split('/').pop()!;
  const child: ChildProcess = fork(fileURLToPath(file), [], {
    execArgv: [
      '--import',
      'tsx',
      '--expose-gc',
      ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
    ],
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (reply: Reply) => void>();
  let nextId = 1;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const ready = await new Promise<ServerReady>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 60 s`)), 60_000);
    child.once('exit', (code) => reject(new Error(`${name} exited with ${code} before ready`)));
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
  const request = <R extends Reply>(message: Request): Promise<R> => {
    const id = nextId++;
    return new Promise((resolve) => {
      waiting.set(id, (reply) => resolve(reply as R));
      child.send({ ...message, id });
    });
  };
  return {
    ready,
    url: `http://127.0.0.1:${ready.port}`,
    sample: (resetLag) => request<Sample>({ type: 'sample', resetLag }),
    snapshot: (file) => request<SnapshotWritten>({ type: 'snapshot', file }),
    audit: (roomIds) => request<AuditReply>({ type: 'audit', roomIds }),
    exited,
    stop() {
      return new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    },
  };
}
