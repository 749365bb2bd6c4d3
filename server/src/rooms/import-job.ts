import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  checkImport,
  type ImportCheck,
  type ImportedLog,
  type StoredEventRow,
} from './import-check.js';
import type { FromImportWorker, ToImportWorker } from './import-worker.js';

const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./import-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

/**
 * Built, the worker is a plain module. From the sources (tests, `pnpm dev`) it is TypeScript:
 * a worker's entry module loads before `--import` hooks would, so a small bootstrap loads it
 * through tsx's `tsImport`.
 */
function startWorker(): Worker {
  if (!fromSource) return new Worker(WORKER_URL);
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true, execArgv: ['--conditions=source'] });
}

/**
 * Below this (some 400 events) a file is checked on the spot: that costs less than starting a
 * worker would (the worker's start also takes the main thread a few milliseconds).
 */
export const INLINE_IMPORT_BYTES = 64 * 1024;

/**
 * An upload's verdict: a small file checked here, a larger one in a worker thread. Either way
 * the caller calls `close()` once the rows are stored (or not).
 */
export async function checkUpload(body: Uint8Array): Promise<WorkerImport> {
  if (body.byteLength >= INLINE_IMPORT_BYTES) return checkInWorker(body);
  const check = checkImport(new TextDecoder().decode(body), Date.now());
  if (!check.ok) return check;
  const { rows } = check;
  async function* slices(): AsyncGenerator<readonly StoredEventRow[]> {
    yield rows;
  }
  return { ok: true, log: { ...check.log, slices: slices() }, close: async () => undefined };
}

/** The worker's verdict; an accepted log's rows are read from the worker while it is stored. */
export type WorkerImport =
  Exclude<ImportCheck, { ok: true }> | { ok: true; log: ImportedLog; close: () => Promise<void> };

/**
 * Checks an uploaded log in a worker thread of its own (`import-worker.ts`), so parsing and
 * folding a large file never holds up the live rooms on the main thread. One worker per import:
 * nothing of one file stays around for the next. A refusal ends the worker at once; after an
 * accepted check the caller ends it with `close()` once the rows are stored (or not).
 */
export function checkInWorker(body: Uint8Array): Promise<WorkerImport> {
  const worker = startWorker();
  const close = async () => {
    await worker.terminate();
  };
  let waiting: {
    resolve: (message: FromImportWorker) => void;
    reject: (error: Error) => void;
  } | null = null;
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = null;
  };
  worker.on('message', (message: FromImportWorker) => {
    const wake = waiting;
    waiting = null;
    wake?.resolve(message);
  });
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the import worker stopped (exit code ${code})`)));
  const reply = (message?: ToImportWorker) =>
    new Promise<FromImportWorker>((resolve, reject) => {
      if (failure) return reject(failure);
      waiting = { resolve, reject };
      if (message instanceof Uint8Array && ownsWholeBuffer(message)) {
        // Handed over, not copied: 20 MB cloned on this thread would stall it too.
        worker.postMessage(message, [message.buffer as ArrayBuffer]);
      } else if (message !== undefined) worker.postMessage(message);
    });

  async function* slices(): AsyncGenerator<readonly StoredEventRow[]> {
    for (;;) {
      const message = await reply({ kind: 'next' });
      if (message.kind !== 'rows') return;
      yield message.rows;
    }
  }

  return reply(body).then(
    async (message) => {
      if (message.kind !== 'checked') throw new Error(`the import worker sent ${message.kind}`);
      const { check } = message;
      if (!check.ok) {
        await close();
        return check;
      }
      return { ok: true, log: { ...check.log, slices: slices() }, close };
    },
    async (error: unknown) => {
      await close();
      throw error;
    },
  );
}

/** Whether the bytes are a whole ArrayBuffer of their own (not a slice of Node's shared pool). */
function ownsWholeBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
}
