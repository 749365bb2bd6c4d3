import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface FuzzServer {
  url: string;
  /** The server's heap after two full garbage collections, in bytes. */
  heapUsed(): Promise<number>;
  /** The exit code or signal if the process has ended, else null. */
  exited(): string | null;
  /** What the process wrote to stdout and stderr. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts fuzz-server-main.ts in its own Node process with the garbage collector exposed. */
export async function startFuzzServer(): Promise<FuzzServer> {
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--conditions=source', '--import', 'tsx', 'test/support/fuzz-server-main.ts'],
    { cwd: serverDir, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] },
  );
  let output = '';
  let exit: string | null = null;
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.on('exit', (code, signal) => (exit = `${code ?? signal}`));
  const next = <T>(): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no reply from the server:\n${output}`)),
        30_000,
      );
      child.once('message', (message) => {
        clearTimeout(timer);
        resolve(message as T);
      });
    });
  const { url } = await next<{ url: string }>();
  return {
    url,
    async heapUsed() {
      const reply = next<{ heapUsed: number; gc: boolean }>();
      child.send('heap');
      const { heapUsed, gc } = await reply;
      if (!gc) throw new Error('the server runs without --expose-gc');
      return heapUsed;
    },
    exited: () => exit,
    output: () => output,
    async stop() {
      if (exit !== null) return;
      const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.send('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await ended;
      clearTimeout(timer);
    },
  };
}
