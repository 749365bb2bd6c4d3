import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import { burstProfiler } from './burst-profile.js';
import type { FromServer, SampleRequest, ServerReady, ToServer } from './ipc.js';

/**
 * Runs inside a benchmarked server process: answers the bench's samples with the process's own
 * memory and event-loop delay, so the clients' load on the bench process does not blur them.
 */
export function serveProbe(
  ready: ServerReady,
  label: string,
  settle: () => Promise<void> = async () => {},
): void {
  const send = (message: FromServer) => process.send?.(message);
  const profiler = burstProfiler(label);
  const lag = monitorEventLoopDelay({ resolution: 5 });
  lag.enable();
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (message: ToServer) => {
    if (message.type === 'snapshot') {
      // Blocks the server for a few seconds: only the soak bench asks, when told to hunt leaks.
      const start = performance.now();
      const file = writeHeapSnapshot(message.file);
      send({ type: 'snapshot', id: message.id, file, ms: performance.now() - start });
      return;
    }
    if (message.type !== 'sample') return;
    void settle()
      .then(() => (message.resetLag ? undefined : profiler.stop()))
      .then(() => answer(message));
  });
  const answer = (message: SampleRequest) => {
    const cpuBeforeGc = cpuMs();
    const lagP99 = lag.percentile(99) / 1e6;
    const lagMax = lag.max / 1e6;
    // Twice: the first pass may only queue finalizers that free more on the second.
    gc?.();
    gc?.();
    const memory = process.memoryUsage();
    // The collection itself stalls the loop; let that delay land before the reset.
    setTimeout(() => {
      if (message.resetLag) lag.reset();
      const profiling = message.resetLag ? profiler.start() : Promise.resolve();
      void profiling.then(() =>
        send({
          type: 'sample',
          id: message.id,
          heapUsed: memory.heapUsed,
          external: memory.external,
          arrayBuffers: memory.arrayBuffers,
          rss: memory.rss,
          cpuMs: cpuBeforeGc,
          cpuMsAfterGc: cpuMs(),
          lagP99,
          lagMax,
        }),
      );
    }, 50);
  };
  // The bench going away takes its server with it.
  process.on('disconnect', () => process.exit(0));
  // An orderly exit on SIGTERM, so --cpu-prof gets to write its profile.
  process.on('SIGTERM', () => process.exit(0));
  send(ready);
}

function cpuMs(): number {
  const cpu = process.cpuUsage();
  return (cpu.user + cpu.system) / 1000;
}
