import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * BENCH_CPU_PROF=<dir>: a CPU profile of a bench server covering only the burst (from the sample
 * taken once everyone has joined to the one after the last vote), so connecting does not drown
 * what a vote costs. Open the .cpuprofile in Chrome DevTools or speedscope.
 */
export function burstProfiler(label: string): { start(): Promise<void>; stop(): Promise<void> } {
  const dir = process.env.BENCH_CPU_PROF;
  let session: Session | null = null;
  return {
    async start() {
      if (!dir) return;
      session?.disconnect();
      session = new Session();
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 200 });
      await session.post('Profiler.start');
    },
    async stop() {
      if (!dir || !session) return;
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      session = null;
      const file = path.join(
        dir,
        `${label}-${process.env.BENCH_ROOMS ?? 1}rooms-${process.pid}.cpuprofile`,
      );
      writeFileSync(file, JSON.stringify(profile));
    },
  };
}
