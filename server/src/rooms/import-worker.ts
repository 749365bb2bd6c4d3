import { parentPort } from 'node:worker_threads';
import {
  checkImport,
  type CheckedLog,
  type ImportCheck,
  type StoredEventRow,
} from './import-check.js';

/**
 * The import worker: reads and checks one uploaded log off the main thread, where a 20 MB file
 * would stop every live room for seconds. It answers with the outcome, then hands over the rows
 * one slice at a time when asked, so the main thread takes in and stores a slice, serves its
 * rooms, and only then asks for the next.
 */
const ROWS_PER_SLICE = 500;

/** main → worker: the upload first, then `next` for each slice. */
export type ToImportWorker = Uint8Array | { kind: 'next' };
/** worker → main: the outcome, then the slices, then `end`. */
export type FromImportWorker =
  | { kind: 'checked'; check: Exclude<ImportCheck, { ok: true }> | { ok: true; log: CheckedLog } }
  | { kind: 'rows'; rows: StoredEventRow[] }
  | { kind: 'end' };

let rows: StoredEventRow[] = [];
let at = 0;

parentPort?.on('message', (message: ToImportWorker) => {
  const port = parentPort!;
  const send = (reply: FromImportWorker) => port.postMessage(reply);
  if (message instanceof Uint8Array) {
    const check = checkImport(new TextDecoder().decode(message), Date.now());
    if (!check.ok) return send({ kind: 'checked', check });
    rows = check.rows;
    return send({ kind: 'checked', check: { ok: true, log: check.log } });
  }
  if (at >= rows.length) return send({ kind: 'end' });
  send({ kind: 'rows', rows: rows.slice(at, at + ROWS_PER_SLICE) });
  at += ROWS_PER_SLICE;
});
