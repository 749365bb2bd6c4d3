import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { CommandAck, RoomEvent } from '@samenspel/shared';
import { FACILITATOR_COMMAND_TYPES, PARTICIPANT_COMMAND_TYPES } from '@samenspel/shared';
import type { EventStore } from '../store/event-store.js';

/** What the metrics read when Prometheus asks: counted then, not kept up to date. */
export interface MetricsSources {
  liveRooms(): number;
  connected(): { participants: number; consoles: number; presenters: number };
  ready(): Promise<boolean>;
}

const KNOWN_COMMANDS: ReadonlySet<string> = new Set([
  ...FACILITATOR_COMMAND_TYPES,
  ...PARTICIPANT_COMMAND_TYPES,
]);

/**
 * The server's Prometheus metrics (prom-client), in a registry of its own: rooms in memory,
 * connections by kind, commands by type and outcome (`ok` or the refusal's code), how long an
 * append takes to become durable, readiness, and Node's own (event-loop lag among them).
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly commands: Counter<'type' | 'outcome'>;
  /**
   * Each type and outcome's counter, looked up once: prom-client hashes the labels on every
   * `inc({...})`, which was 3% of the server's CPU in a vote burst (`BENCH_CPU_PROF`).
   */
  private readonly commandCounters = new Map<string, { inc(): void }>();
  private readonly appendSeconds: Histogram;

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'samenspel_' });
    this.commands = new Counter({
      name: 'samenspel_commands_total',
      help: 'Commands answered, by type and outcome (ok, or the code of the refusal).',
      labelNames: ['type', 'outcome'],
      registers,
    });
    this.appendSeconds = new Histogram({
      name: 'samenspel_store_append_seconds',
      help: 'From handing events to the session log to their being durable.',
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    new Gauge({
      name: 'samenspel_rooms_live',
      help: 'Rooms held in memory by this node.',
      registers,
      collect() {
        this.set(sources.liveRooms());
      },
    });
    new Gauge({
      name: 'samenspel_connections',
      help: 'Open socket connections, by kind.',
      labelNames: ['kind'],
      registers,
      collect() {
        const connected = sources.connected();
        this.set({ kind: 'participant' }, connected.participants);
        this.set({ kind: 'console' }, connected.consoles);
        this.set({ kind: 'presenter' }, connected.presenters);
      },
    });
    new Gauge({
      name: 'samenspel_ready',
      help: '1 while the node can acknowledge answers (what /api/ready says), else 0.',
      registers,
      async collect() {
        this.set((await sources.ready()) ? 1 : 0);
      },
    });
  }

  /** Counts one answered command; a type nobody knows is counted as `unknown`, not by name. */
  command(type: unknown, ack: CommandAck): void {
    const known = typeof type === 'string' && KNOWN_COMMANDS.has(type) ? type : 'unknown';
    const outcome = ack.ok ? 'ok' : ack.error.code;
    const key = `${known} ${outcome}`;
    let counter = this.commandCounters.get(key);
    if (!counter) {
      counter = this.commands.labels({ type: known, outcome });
      this.commandCounters.set(key, counter);
    }
    counter.inc();
  }

  /** The store, its appends timed; every other call goes to the store itself, unchanged. */
  timed(store: EventStore): EventStore {
    const histogram = this.appendSeconds;
    return new Proxy(store, {
      get(target, property) {
        if (property !== 'append') {
          const value = Reflect.get(target, property) as unknown;
          return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
        }
        return async (roomId: string, events: readonly RoomEvent[]) => {
          const stop = histogram.startTimer();
          try {
            await target.append(roomId, events);
          } finally {
            stop();
          }
        };
      },
    });
  }
}
