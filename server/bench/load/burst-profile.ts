import { Session } from 'node:inspector/promises';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * BENCH_CPU_PROF=<dir>: a CPU profile of a bench server covering only the burst (from the sample
 * taken once everyone has joined to the one after the last vote), so connecting does not drown
 * what a vote costs. Open the .cpuprofile in Chrome DevTools or speedscope.
 * BENCH_HEAP_PROF=<dir> instead: a sampling profile of what the burst allocates, garbage
 * included (.heapprofile, DevTools' Memory tab), to see what keeps the collector busy.
 */
export function burstProfiler(label: string): { start(): Promise<void>; stop(): Promise<void> } {
  const heap = process.env.BENCH_HEAP_PROF !== undefined;
  const dir = heap ? process.env.BENCH_HEAP_PROF : process.env.BENCH_CPU_PROF;
  let session: Session | null = null;
  return {
    async start() {
      if (!dir) return;
      session?.disconnect();
      session = new Session();
      session.connect();
      if (heap) {
        await session.post('HeapProfiler.enable');
        await session.post('HeapProfiler.startSampling', {
          samplingInterval: 1024,
          includeObjectsCollectedByMajorGC: true,
          includeObjectsCollectedByMinorGC: true,
        });
        return;
      }
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    },
    async stop() {
      if (!dir || !session) return;
      const { profile } = heap
        ? await session.post('HeapProfiler.stopSampling')
        : await session.post('Profiler.stop');
      session.disconnect();
      session = null;
      const file = path.join(
        dir,
        `${label}-${process.env.BENCH_ROOMS ?? 1}rooms-${process.pid}.${heap ? 'heapprofile' : 'cpuprofile'}`,
      );
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}
