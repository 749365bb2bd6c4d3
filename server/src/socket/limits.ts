import { protocolError, type ProtocolError } from '@samenspel/shared';
import { AddressLimiter, type LimitRule } from '../http/address-limiter.js';
import { BucketMap, TokenBucket } from './rate-limit.js';

/**
 * Commands, clock requests and unknown events per connection, and commands per participant
 * across all their sockets: a burst of 30, then 10 a second. A phone tapping through a
 * stellingenlijst sends a few a second at most; a page asks the clock three times on connect.
 */
export const MESSAGE_BURST = 30;
export const MESSAGES_PER_SECOND = 10;

/**
 * Joins per network address per room in ten minutes. A class of 30 behind one router uses a
 * tenth of it, a conference plenary of a few hundred phones behind one NAT (with some phones
 * joining twice) fits too; the 2,000 scripted participants of a ballot-stuffing run do not.
 * An IPv6 site (/48) may join sixteen times as many, as for the guessing limits.
 */
export const JOIN_LIMIT: LimitRule = { maxFailures: 300, windowMs: 10 * 60_000 };

/**
 * A socket whose messages are refused this often within FLOOD_WINDOW_MS is closed: refusing
 * still costs the server a parse each, and no page of ours is ever refused more than a few times.
 */
export const FLOOD_REFUSALS = 100;
const FLOOD_WINDOW_MS = 10_000;

/** The budgets of one server's sockets; one per gateway. */
export class SocketLimits {
  private readonly joins: AddressLimiter;
  private readonly participants = new BucketMap(MESSAGE_BURST, MESSAGES_PER_SECOND);

  constructor(joinRule: LimitRule = JOIN_LIMIT) {
    this.joins = new AddressLimiter(joinRule);
  }

  /** The budget of a new connection. */
  connection(now: number): ConnectionLimits {
    return new ConnectionLimits(
      new TokenBucket(MESSAGE_BURST, MESSAGES_PER_SECOND, now),
      (key, at) => this.participants.get(key, at),
    );
  }

  /** A join from this address to this room: refused past the budget, counted otherwise. */
  join(address: string, roomId: string, now: number): ProtocolError | null {
    const waitMs = this.joins.waitMs(address, now, `${roomId} `);
    if (waitMs > 0) {
      return rateLimited('many phones are joining from this network; try again later', waitMs);
    }
    this.joins.fail(address, now, `${roomId} `);
    return null;
  }
}

export type Taken = { ok: true } | { ok: false; error: ProtocolError; drop: boolean };

/** One connection's budget, with its participant's when it has joined. */
export class ConnectionLimits {
  private refusals = 0;
  private refusalsSince = 0;

  constructor(
    private readonly own: TokenBucket,
    private readonly participantBucket: (key: string, now: number) => TokenBucket,
  ) {}

  /** A command (from `participant`, a room-unique key, once joined), clock request or other event. */
  take(now: number, participant: string | null = null): Taken {
    const shared = participant === null ? null : this.participantBucket(participant, now);
    if (this.own.take(now) && (shared === null || shared.take(now))) return { ok: true };
    if (now - this.refusalsSince >= FLOOD_WINDOW_MS) {
      this.refusalsSince = now;
      this.refusals = 0;
    }
    this.refusals += 1;
    const waitMs = Math.max(this.own.waitMs(now), shared?.waitMs(now) ?? 0);
    return {
      ok: false,
      error: rateLimited('too many actions at once; wait a moment', waitMs),
      drop: this.refusals > FLOOD_REFUSALS,
    };
  }
}

function rateLimited(message: string, waitMs: number): ProtocolError {
  return { ...protocolError('rate_limited', message), retryAfterMs: Math.max(1, waitMs) };
}
