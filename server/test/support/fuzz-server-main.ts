import { fileURLToPath } from 'node:url';
import { buildApp } from '../../src/app.js';
import { tempDataDir, testConfig } from './server.js';

/**
 * The real server in a process of its own (started by fuzz-server.ts with --expose-gc), so the
 * heap the fuzz test measures is the server's and not its clients'. Answers "heap" over IPC.
 */
const SHIPPED = fileURLToPath(new URL('../../../scenarios', import.meta.url));
const data = tempDataDir();
const app = await buildApp(testConfig(data.dir, { scenariosDir: SHIPPED }), {
  staffGapMs: 5,
});
const { url } = await app.listen();

process.on('message', (message) => {
  if (message === 'heap') {
    const gc = (globalThis as { gc?: () => void }).gc;
    // Twice: the first pass may only finalise what the second then frees.
    gc?.();
    gc?.();
    process.send?.({ heapUsed: process.memoryUsage().heapUsed, gc: gc !== undefined });
  } else if (message === 'stop') {
    void app.close().then(() => {
      data.remove();
      process.exit(0);
    });
  }
});
process.send?.({ url });
