import { Worker } from 'node:worker_threads';
import type { ImportCheck, StoredEventRow } from './import-check.js';
import type { ImportWorkerMessage } from './import-worker.js';

// From the sources (tests, `pnpm dev`) the worker is TypeScript and needs tsx, as the server does.
const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./import-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
const WORKER_ARGV = fromSource ? ['--conditions=source', '--import', 'tsx'] : [];

/**
 * Checks an uploaded log in a worker thread of its own (`import-worker.ts`), so parsing and
 * folding a large file never holds up the live rooms on the main thread. One worker per import,
 * ended when it has answered: nothing of one file stays around for the next.
 */
export function checkInWorker(body: Uint8Array): Promise<ImportCheck> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { execArgv: WORKER_ARGV });
    const rows: StoredEventRow[] = [];
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: ImportWorkerMessage) => {
      if (message.kind === 'rows') {
        for (const row of message.rows) rows.push(row);
        return;
      }
      const { check } = message;
      if (check.ok) check.log.rows = rows;
      finish(() => resolve(check));
    });
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) =>
      finish(() => reject(new Error(`the import worker stopped (exit code ${code})`))),
    );
    worker.postMessage(body);
  });
}
