import { request } from 'node:http';
import { connect } from 'node:net';

export interface UploadOutcome {
  /** The status the server answered with, or null if it closed without an answer. */
  status: number | null;
  /** How many bytes of the body this client got onto the wire before the connection closed. */
  bodyBytesSent: number;
  /** From the first byte sent to the answer, or null without one. */
  answeredMs: number | null;
  /** From the first byte sent to the connection's close. */
  ms: number;
}

const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

/**
 * Sends `bytes` of body as fast as the server takes them, on a connection of its own, and
 * resolves once the connection is closed (or after `giveUpMs`, closing it then).
 */
export function upload(
  url: string,
  path: string,
  bytes: number,
  { headers = {}, giveUpMs = 20_000 }: { headers?: Record<string, string>; giveUpMs?: number } = {},
): Promise<UploadOutcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    let status: number | null = null;
    let answeredMs: number | null = null;
    let queued = 0;
    let sent = 0;
    const req = request(url + path, {
      method: 'POST',
      agent: false,
      headers: { 'content-type': 'application/json', 'content-length': String(bytes), ...headers },
    });
    req.on('response', (response) => {
      status = response.statusCode ?? null;
      answeredMs = Date.now() - started;
      response.resume();
    });
    req.on('error', () => {});
    const giveUp = setTimeout(() => req.destroy(), giveUpMs);
    req.on('close', () => {
      clearTimeout(giveUp);
      resolve({ status, answeredMs, bodyBytesSent: sent, ms: Date.now() - started });
    });
    const pump = () => {
      while (queued < bytes && !req.destroyed) {
        const chunk = CHUNK.subarray(0, Math.min(CHUNK.length, bytes - queued));
        queued += chunk.length;
        const more = req.write(chunk, (error) => {
          if (!error) sent += chunk.length;
        });
        if (!more) return void req.once('drain', pump);
      }
      if (queued >= bytes) req.end();
    };
    pump();
  });
}

export interface TrickleOutcome {
  /** The first line of what the server answered, if anything. */
  statusLine: string | null;
  /** From connecting to the first byte of the answer, or null without one. */
  answeredMs: number | null;
  /** From connecting to the server's close. */
  ms: number;
}

/**
 * Opens a connection and sends `head` and then one byte of `rest` every `everyMs`, as a slowloris
 * client does; resolves when the server closes the connection (or after `giveUpMs`).
 */
export function trickle(
  url: string,
  head: string,
  rest: string,
  { everyMs = 500, giveUpMs = 60_000 }: { everyMs?: number; giveUpMs?: number } = {},
): Promise<TrickleOutcome> {
  const { hostname, port } = new URL(url);
  const started = Date.now();
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = '';
    let answeredMs: number | null = null;
    let next = 0;
    socket.on('data', (chunk: Buffer) => {
      answeredMs ??= Date.now() - started;
      answer += chunk.toString('latin1');
    });
    socket.on('error', () => {});
    socket.once('connect', () => socket.write(head));
    const drip = setInterval(() => {
      if (next < rest.length && socket.writable) socket.write(rest[next++]!);
    }, everyMs);
    const giveUp = setTimeout(() => socket.destroy(), giveUpMs);
    socket.on('close', () => {
      clearInterval(drip);
      clearTimeout(giveUp);
      const statusLine = answer ? answer.split('\r\n')[0]! : null;
      resolve({ statusLine, answeredMs, ms: Date.now() - started });
    });
  });
}

/** A POST whose headers are complete and whose `length`-byte body will come a byte at a time. */
export function postHead(url: string, path: string, length: number): string {
  const { host } = new URL(url);
  return (
    `POST ${path} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
    `Content-Length: ${length}\r\n\r\n`
  );
}
