import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { OPTION_IDS } from './ipc.js';
import { startBenchServer } from './server-process.js';
import type { LoadTarget, Phone } from './targets.js';

export interface LoadShape {
  rooms: number;
  perRoom: number;
}

export interface BurstResult {
  votes: number;
  acknowledged: number;
  counted: number;
  votesPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  lagP99: number;
  lagMax: number;
  /** Server CPU time (user + system) per vote during the burst, in ms: steadier than latency on a busy machine. */
  cpuPerVote: number;
  /** The bench process's own CPU time per vote during the burst, in ms: its clients share the machine. */
  clientCpuPerVote: number;
  /** Heap + external growth per connected participant, after a full GC, in bytes. */
  bytesPerParticipant: number;
  rssPerParticipant: number;
  connectSeconds: number;
}

const CONNECT_BATCH = 100;
const BURST_TIMEOUT_MS = 60_000;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * One run of the load: a server process, a facilitator per room and `perRoom` phones per room,
 * connected in batches; then every phone votes at once. A vote's latency runs from its emit to
 * the first facilitator update that includes it.
 */
export async function runBurst(
  target: LoadTarget,
  entry: 'app-server.ts' | 'relay-server.ts',
  shape: LoadShape,
  env: Record<string, string> = {},
  front?: Front,
): Promise<BurstResult> {
  const started = await startBenchServer(entry, { ...env, BENCH_ROOMS: String(shape.rooms) });
  const sockets: Socket[] = [];
  let proxy: RunningFront | null = null;
  try {
    proxy = front ? await front(started.ready.port) : null;
    // The clients talk to the proxy when there is one; the samples still come from the server.
    const server = { ...started, url: proxy?.url ?? started.url };
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    let lastCountedAt = 0;
    let wake: () => void = () => undefined;
    const counted = new Set<string>();
    const onCounted = (voterIds: readonly string[]) => {
      const now = performance.now();
      for (const id of voterIds) {
        const sent = sentAt.get(id);
        if (sent === undefined || counted.has(id)) continue;
        counted.add(id);
        latencies.push(now - sent);
        lastCountedAt = now;
      }
      wake();
    };
    const rooms = server.ready.rooms;
    for (const room of rooms) {
      sockets.push(await target.connectFacilitator(server.url, room, onCounted));
    }
    const before = await server.sample(true);

    const connectStart = performance.now();
    const phones: Phone[] = [];
    const slots = rooms.flatMap((room) => Array.from({ length: shape.perRoom }, () => room));
    for (let i = 0; i < slots.length; i += CONNECT_BATCH) {
      const batch = await Promise.all(
        slots
          .slice(i, i + CONNECT_BATCH)
          .map((room) => target.connectParticipant(server.url, room)),
      );
      phones.push(...batch);
      sockets.push(...batch.map((phone) => phone.socket));
    }
    const connectSeconds = (performance.now() - connectStart) / 1000;
    // Let the presence updates of the last joins settle before measuring.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const connected = await server.sample(true);

    const burstStart = performance.now();
    const clientCpuStart = process.cpuUsage();
    let acknowledged = 0;
    const acks = phones.map((phone, i) => {
      sentAt.set(phone.voterId, performance.now());
      return target.vote(phone, OPTION_IDS[i % OPTION_IDS.length]!).then((ok) => {
        if (ok) acknowledged++;
      });
    });
    const allCounted = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, BURST_TIMEOUT_MS);
      wake = () => {
        if (counted.size < phones.length) return;
        clearTimeout(timer);
        resolve();
      };
      wake();
    });
    await Promise.race([
      Promise.all([Promise.all(acks), allCounted]),
      new Promise((resolve) => setTimeout(resolve, BURST_TIMEOUT_MS)),
    ]);
    const clientCpu = process.cpuUsage(clientCpuStart);
    const after = await server.sample(false);

    const sorted = [...latencies].sort((a, b) => a - b);
    const participants = phones.length;
    const heap = (s: typeof before) => s.heapUsed + s.external;
    return {
      votes: participants,
      acknowledged,
      counted: counted.size,
      votesPerSecond: counted.size / ((lastCountedAt - burstStart) / 1000),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      lagP99: after.lagP99,
      lagMax: after.lagMax,
      cpuPerVote: (after.cpuMs - connected.cpuMsAfterGc) / participants,
      clientCpuPerVote: (clientCpu.user + clientCpu.system) / 1000 / participants,
      bytesPerParticipant: (heap(connected) - heap(before)) / participants,
      rssPerParticipant: (connected.rss - before.rss) / participants,
      connectSeconds,
    };
  } finally {
    for (const socket of sockets) socket.close();
    // The proxy and its other nodes first: a node left running would take the rooms up.
    await proxy?.stop();
    await started.stop();
  }
}

export interface RunningFront {
  url: string;
  stop(): Promise<void>;
}

/** What stands before the server: given its port, starts (say) nginx and answers its address. */
export type Front = (serverPort: number) => Promise<RunningFront>;
