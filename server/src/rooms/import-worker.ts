import { parentPort } from 'node:worker_threads';
import { checkImport, type ImportCheck, type StoredEventRow } from './import-check.js';

/**
 * The import worker: reads and checks one uploaded log off the main thread, where a 20 MB file
 * would stop every live room for seconds. It answers with the outcome; the rows go in slices,
 * so the main thread takes them in as small messages between its other work.
 */
export const ROWS_PER_MESSAGE = 2000;

export type ImportWorkerMessage =
  | { kind: 'rows'; rows: StoredEventRow[] }
  | { kind: 'done'; check: ImportCheck };

parentPort?.once('message', (body: Uint8Array) => {
  const port = parentPort!;
  const check = checkImport(new TextDecoder().decode(body));
  if (check.ok) {
    const { rows } = check.log;
    for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) {
      const message: ImportWorkerMessage = { kind: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) };
      port.postMessage(message);
    }
    check.log.rows = [];
  }
  port.postMessage({ kind: 'done', check } satisfies ImportWorkerMessage);
});
