import type { FastifyInstance } from 'fastify';
import { API, type ReadyResponse } from '@samenspel/shared';
import type { EventStore } from '../store/event-store.js';

/** A probe writes and flushes; anyone may ask, so at most one a second. */
const PROBE_EVERY_MS = 1000;

/**
 * Liveness and readiness for a proxy or a monitor. `/api/health` answers while the process
 * does; `/api/ready` answers 503 while the session log cannot be written (a read-only disk or
 * mount, a full disk, an unreachable database, a lost database lock), because then no vote can
 * be acknowledged, and from the moment the server is told to stop.
 */
export interface Readiness {
  /** Whether the node can acknowledge answers now: a writable log, and not shutting down. */
  ready(): Promise<boolean>;
  /** From now on the node answers not ready, whatever its log: it is about to stop. */
  drain(): void;
}

export function healthRoutes(app: FastifyInstance, store: EventStore): Readiness {
  let last: { at: number; problem: Promise<string | null> } | null = null;
  let draining = false;
  let reported: string | null = null;
  const probe = () => {
    const at = Date.now();
    if (last === null || at - last.at >= PROBE_EVERY_MS) {
      last = { at, problem: store.writeProblem() };
    }
    return last.problem;
  };

  app.get(API.health, async () => ({ ok: true }));
  app.get(API.ready, async (_request, reply) => {
    const problem = await probe();
    if (problem !== reported) {
      if (problem !== null) app.log.error({ problem }, 'the session log cannot be written');
      reported = problem;
    }
    const ready = problem === null && !draining;
    const body: ReadyResponse = {
      ready,
      store: problem ? 'unwritable' : 'writable',
      node: draining ? 'draining' : 'serving',
    };
    return reply.code(ready ? 200 : 503).send(body);
  });
  return {
    ready: async () => !draining && (await probe()) === null,
    drain() {
      draining = true;
    },
  };
}
