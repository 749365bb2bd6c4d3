import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SeqConflict } from './event-store.js';
import type {
  RoomAppend,
  SentError,
  WriterOptions,
  WriterReply,
  WriterRequest,
} from './sqlite-writer-protocol.js';

interface PendingAppend {
  append: RoomAppend;
  resolve: () => void;
  reject: (error: unknown) => void;
}

type Waiting =
  | { kind: 'append'; group: PendingAppend[] }
  | { kind: 'probe'; resolve: (problem: string | null) => void };

/**
 * The built server runs the built writer. Run from source (tests, `pnpm dev`, the benches) the
 * writer is TypeScript: the thread registers tsx first, as `--import tsx` does for the server
 * (a worker does not take that flag's hooks over).
 */
function startWriterThread(options: WriterOptions): Worker {
  if (!import.meta.url.endsWith('.ts')) {
    return new Worker(new URL('./sqlite-writer.js', import.meta.url), { workerData: options });
  }
  const tsxPackage = createRequire(import.meta.url).resolve('tsx/package.json');
  const tsx = pathToFileURL(path.join(path.dirname(tsxPackage), 'dist/esm/api/index.mjs')).href;
  const writer = new URL('./sqlite-writer.ts', import.meta.url).href;
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(writer)}); })`;
  return new Worker(load, { eval: true, workerData: options });
}

/**
 * The main thread's side of the SQLite writer thread, and its group commit: appends made while
 * a group is being committed wait together and go as the next group, so a burst of votes from
 * many rooms shares one fsync, and the event loop goes on serving rooms meanwhile. One group at
 * a time is in the writer, so a room's appends land in the order they were made.
 */
export class SqliteWriter {
  private readonly worker: Worker;
  private pending: PendingAppend[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private groupInWriter = false;
  /** Why the writer is gone: then nothing more can be written, and every append says so. */
  private stopped: string | null = null;
  private closing: Promise<void> | null = null;

  constructor(options: WriterOptions) {
    this.worker = startWriterThread(options);
    this.worker.on('message', (reply: WriterReply) => this.onReply(reply));
    this.worker.on('error', (error) => this.stop(`the log writer failed: ${error.message}`));
    this.worker.on('exit', (code) => this.stop(`the log writer stopped (exit code ${code})`));
    // An idle writer keeps no process alive: a server's listening socket does that.
    this.worker.unref();
  }

  /** Resolves once the events are durable, rejects if they are not (SeqConflict, I/O, …). */
  append(append: RoomAppend): Promise<void> {
    if (this.stopped !== null) return Promise.reject(new Error(this.stopped));
    return new Promise((resolve, reject) => {
      this.pending.push({ append, resolve, reject });
      // Appends made in the same turn of the event loop form one group even when the writer
      // is idle, as the store did when it committed on the main thread.
      if (this.pending.length === 1 && !this.groupInWriter) setImmediate(() => this.sendGroup());
    });
  }

  /** Writes a row and commits, as an append does: why it failed, or null. */
  probe(): Promise<string | null> {
    if (this.stopped !== null) return Promise.resolve(this.stopped);
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.waiting.set(id, { kind: 'probe', resolve });
      this.post({ kind: 'probe', id, at: Date.now() });
    });
  }

  /** Waits for every append made so far to be answered, then ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      while (this.stopped === null && (this.pending.length > 0 || this.waiting.size > 0)) {
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (this.stopped !== null) return;
      const exited = new Promise((resolve) => this.worker.once('exit', resolve));
      this.post({ kind: 'close' });
      await exited;
    })();
    return this.closing;
  }

  private sendGroup(): void {
    if (this.groupInWriter || this.pending.length === 0 || this.stopped !== null) return;
    const group = this.pending;
    this.pending = [];
    this.groupInWriter = true;
    const id = this.nextId++;
    this.waiting.set(id, { kind: 'append', group });
    this.post({ kind: 'append', id, group: group.map((pending) => pending.append) });
  }

  private post(request: WriterRequest): void {
    this.worker.ref();
    this.worker.postMessage(request);
  }

  private onReply(reply: WriterReply): void {
    const waiting = this.waiting.get(reply.id);
    this.waiting.delete(reply.id);
    if (this.waiting.size === 0) this.worker.unref();
    if (!waiting) return;
    if (waiting.kind === 'probe') {
      if (reply.kind === 'probed') waiting.resolve(reply.problem);
      return;
    }
    this.groupInWriter = false;
    if (reply.kind === 'append_failed') {
      const error = receivedError(reply.error);
      for (const pending of waiting.group) pending.reject(error);
    } else if (reply.kind === 'appended') {
      const failures = new Map(reply.failures);
      for (const [index, pending] of waiting.group.entries()) {
        const failure = failures.get(index);
        if (failure) pending.reject(receivedError(failure));
        else pending.resolve();
      }
    }
    this.sendGroup();
  }

  /**
   * The writer is gone (a crash of the thread, or the end of `close`). A group it had may or
   * may not have committed: its appends are rejected, and as nothing more is written by this
   * process, its rooms never build on a guess; a restart reads back what the log holds.
   */
  private stop(reason: string): void {
    if (this.stopped !== null) return;
    this.stopped = reason;
    const error = new Error(reason);
    for (const waiting of this.waiting.values()) {
      if (waiting.kind === 'probe') waiting.resolve(reason);
      else for (const pending of waiting.group) pending.reject(error);
    }
    this.waiting.clear();
    for (const pending of this.pending) pending.reject(error);
    this.pending = [];
  }
}

/** The writer's error as the store's callers know it: a SeqConflict, or an SqliteError by code. */
function receivedError(sent: SentError): Error {
  if (sent.name === 'SeqConflict') return new SeqConflict(sent.message);
  if (sent.code !== undefined) return new Database.SqliteError(sent.message, sent.code);
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}
