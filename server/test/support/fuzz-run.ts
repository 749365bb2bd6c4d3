import { io } from 'socket.io-client';
import {
  ClockRefusalSchema,
  ClockReplySchema,
  CommandAckSchema,
  ERROR_CODES,
  ErrorResponseSchema,
} from '@samenspel/shared';
import { emitAny, type AckOutcome, type TestClient } from './client.js';
import type { HttpCase } from './fuzz-http.js';
import type { SocketMessage } from './fuzz-messages.js';

/** Long enough for a busy two-core machine; a reply that takes longer counts as a hang. */
export const ACK_TIMEOUT_MS = 15_000;

/**
 * What became of one fuzz input, as the test judges it. `refused:<code>` and `clock` are right
 * answers; `accepted`, `hang`, `dropped` (on a connection that should stay), `untyped` and
 * `http-<status>` (outside 4xx, or not our shape) are failures.
 */
export type Outcome = string;

export class Tally {
  readonly counts = new Map<string, number>();
  readonly failures: string[] = [];

  add(kind: string, outcome: Outcome, failed: boolean, detail: () => string): void {
    const key = `${kind} → ${outcome}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    // Keep a few examples, not thousands.
    if (failed && this.failures.length < 20)
      this.failures.push(`${key}: ${detail().slice(0, 300)}`);
  }

  total(predicate: (key: string) => boolean = () => true): number {
    let sum = 0;
    for (const [key, count] of this.counts) if (predicate(key)) sum += count;
    return sum;
  }

  table(): string {
    return [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, count]) => `${String(count).padStart(6)}  ${key}`)
      .join('\n');
  }
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
/** Refusals that mean the server itself failed, not that it judged the input. */
const SERVER_FAULTS = new Set(['internal_error', 'storage_error']);

/** Judges the acknowledgement of a message on a connection that must stay up. */
export function judgeAck(
  message: SocketMessage,
  outcome: AckOutcome,
): { outcome: Outcome; failed: boolean } {
  if (outcome === 'timeout') return { outcome: 'hang', failed: true };
  if (outcome === 'dropped') return { outcome: 'dropped', failed: true };
  const [first] = outcome.reply;
  if (message.event === 'clock') {
    if (ClockReplySchema.safeParse(first).success) return { outcome: 'clock', failed: false };
    // Clock requests count in the connection's budget, and past it are refused in our shape.
    const refusal = ClockRefusalSchema.safeParse(first);
    return refusal.success
      ? {
          outcome: `refused:${refusal.data.error.code}`,
          failed: SERVER_FAULTS.has(refusal.data.error.code),
        }
      : { outcome: 'untyped', failed: true };
  }
  const ack = CommandAckSchema.safeParse(first);
  if (!ack.success) return { outcome: 'untyped', failed: true };
  if (ack.data.ok) return { outcome: 'accepted', failed: true };
  const code = ack.data.error.code;
  return { outcome: `refused:${code}`, failed: SERVER_FAULTS.has(code) };
}

const BURST = 20;
const PER_SECOND = 6;

/**
 * A connection's own pace, well under the server's limit of a burst of 30 and 10 a second (a
 * busy server reads queued messages in a bunch), so the messages reach the parser and decide()
 * rather than the rate limiter. It lasts as long as the connection, so a second batch does not
 * start with a burst the server would refuse.
 */
export class Pacer {
  private tokens = BURST;
  private last = Date.now();

  async take(): Promise<void> {
    const perSecond = PER_SECOND;
    this.tokens = Math.min(BURST, this.tokens + ((Date.now() - this.last) / 1000) * perSecond);
    this.last = Date.now();
    if (this.tokens < 1) {
      await new Promise((resolve) => setTimeout(resolve, ((1 - this.tokens) / perSecond) * 1000));
      this.tokens = 1;
      this.last = Date.now();
    }
    this.tokens -= 1;
  }
}

/** Sends a connection's messages at its pace; judges every acknowledgement. */
export async function sendPaced(
  client: TestClient,
  pacer: Pacer,
  messages: readonly SocketMessage[],
  tally: Tally,
): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const message of messages) {
    await pacer.take();
    if (!message.ack) {
      void emitAny(client, message.event, message.args);
      tally.add(message.kind, 'sent', false, () => '');
      continue;
    }
    pending.push(
      emitAny(client, message.event, message.args, ACK_TIMEOUT_MS).then((outcome) => {
        const judged = judgeAck(message, outcome as AckOutcome);
        tally.add(message.kind, judged.outcome, judged.failed, () =>
          JSON.stringify({ event: message.event, args: message.args, reply: outcome }),
        );
      }),
    );
  }
  await Promise.all(pending);
}

/** Tries a connection with this handshake; judges the refusal. */
export function tryHandshake(url: string, auth: unknown): Promise<string> {
  return new Promise((resolve) => {
    const socket = io(url, {
      auth: auth as Record<string, unknown>,
      transports: ['websocket'],
      reconnection: false,
      forceNew: true,
      timeout: ACK_TIMEOUT_MS,
    });
    const done = (outcome: string) => {
      socket.removeAllListeners();
      socket.close();
      resolve(outcome);
    };
    socket.on('connect_error', (error: Error) => {
      done(
        KNOWN_CODES.has(error.message) ? `refused:${error.message}` : `untyped:${error.message}`,
      );
    });
    socket.on('connect', () => done('accepted'));
    socket.on('disconnect', () => done('dropped'));
  });
}

/** Makes one request; a right answer is a 4xx carrying `{ error: { code, message } }`. */
export async function tryRequest(
  url: string,
  request: HttpCase,
): Promise<{ outcome: Outcome; failed: boolean }> {
  let response: Response;
  try {
    response = await fetch(url + request.path, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(ACK_TIMEOUT_MS),
    });
  } catch (error) {
    return { outcome: `no-response:${(error as Error).name}`, failed: true };
  }
  const text = await response.text();
  const status = response.status;
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // judged below: not our shape
  }
  const shaped = ErrorResponseSchema.safeParse(body);
  if (status < 400 || status >= 500 || !shaped.success) {
    return { outcome: `http-${status}${shaped.success ? '' : '-untyped'}`, failed: true };
  }
  const code = shaped.data.error.code;
  return { outcome: `${status}:${code}`, failed: SERVER_FAULTS.has(code) };
}

/** Runs `tasks` with at most `limit` at a time. */
export async function runLimited<T>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
