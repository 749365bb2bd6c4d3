import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportCheck, StoredEventRow } from './import-check.js';
import type { ImportWorkerMessage } from './import-worker.js';

const fromSource = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./import-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);

/**
 * Built, the worker is a plain module. From the sources (tests, `pnpm dev`) it is TypeScript:
 * a worker's entry module loads before `--import` hooks would, so a small bootstrap registers
 * tsx first and then loads it.
 */
function startWorker(): Worker {
  if (!fromSource) return new Worker(WORKER_URL);
  const tsxDir = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}));`;
  return new Worker(bootstrap, { eval: true, execArgv: ['--conditions=source'] });
}

/**
 * Checks an uploaded log in a worker thread of its own (`import-worker.ts`), so parsing and
 * folding a large file never holds up the live rooms on the main thread. One worker per import,
 * ended when it has answered: nothing of one file stays around for the next.
 */
export function checkInWorker(body: Uint8Array): Promise<ImportCheck> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
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
