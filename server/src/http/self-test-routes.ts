import { createHash, randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  normalizeSelfTestCode,
  parseAtBoundary,
  ROUTES,
  SELF_TEST_CODE_ALPHABET,
  SELF_TEST_CODE_LENGTH,
  SelfTestClaimRequestSchema,
  SelfTestSaveRequestSchema,
  type Scenario,
  type SelfTestClaimed,
  type SelfTestList,
  type SelfTestSaved,
  type SelfTestValues,
} from '@samenspel/shared';
import { SELF_TEST_KEPT_MS, type SelfTestStore } from '../store/self-test-store.js';
import { AddressLimiter, type LimitRule } from './address-limiter.js';
import type { AddressOf } from './client-address.js';
import { sendError, sendRateLimited } from './errors.js';

/** The self-test is the flagship programme's stellingenlijst: one list, in one file. */
export const SELF_TEST_SOURCE = {
  scenarioId: 'bestuurlijke-sensitiviteit',
  blockId: 'stellingenlijst',
} as const;

/**
 * Saves per address: a whole class doing the self-test behind one venue's network fits many
 * times over; a script filling the table does not.
 */
export const SELF_TEST_SAVE_LIMIT: LimitRule = { maxFailures: 300, windowMs: 10 * 60_000 };
/** Unknown codes per address: mistyping a few times is fine; guessing one of 10¹¹ is hopeless. */
export const SELF_TEST_CLAIM_LIMIT: LimitRule = { maxFailures: 30, windowMs: 10 * 60_000 };

export interface SelfTestRouteDeps {
  scenarios: ReadonlyMap<string, Scenario>;
  selfTests: SelfTestStore;
  addressOf: AddressOf;
  now: () => number;
  limits?: { save?: LimitRule; claim?: LimitRule };
}

/**
 * The public self-test, without an account: its list, saving a finished one under a code (only
 * when its owner asks, to carry it into a workshop), and a room's phone taking the answers once.
 */
export function selfTestRoutes(app: FastifyInstance, deps: SelfTestRouteDeps): void {
  const list = selfTestList(deps.scenarios);
  const saves = new AddressLimiter(deps.limits?.save ?? SELF_TEST_SAVE_LIMIT);
  const guesses = new AddressLimiter(deps.limits?.claim ?? SELF_TEST_CLAIM_LIMIT);
  const noSelfTest = {
    code: 'not_found',
    message: 'this server has no self-test (its programmes have no stellingenlijst for it)',
  } as const;
  const unwritable = {
    code: 'storage_error',
    message: 'the self-test could not be saved or read now; try again in a moment',
  } as const;

  app.get(ROUTES.selfTest, async (_request, reply) => {
    if (!list) return sendError(reply, 404, noSelfTest);
    // The same for everyone, and changed only by a new deploy.
    reply.header('cache-control', 'public, max-age=300');
    return list;
  });

  app.post(ROUTES.selfTestResults, async (request, reply) => {
    if (!list) return sendError(reply, 404, noSelfTest);
    const parsed = parseAtBoundary(SelfTestSaveRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const problem = incompleteness(list, parsed.value.values);
    if (problem) {
      return sendError(reply, 400, { code: 'invalid_payload', message: problem, field: 'values' });
    }
    const address = deps.addressOf(request.socket.remoteAddress, request.headers);
    const now = deps.now();
    const wait = saves.waitMs(address, now);
    if (wait > 0) return sendRateLimited(reply, wait, 'too many self-tests saved from here; wait');
    saves.fail(address, now);
    // A code already in use is simply drawn again; with 10¹¹ codes that is all but never.
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newSelfTestCode();
      const saved = await deps.selfTests.save(code, parsed.value.values, now).catch(() => null);
      if (saved === null) return sendError(reply, 503, unwritable);
      if (saved === 'saved') {
        const body: SelfTestSaved = { code, expiresAt: now + SELF_TEST_KEPT_MS };
        return reply.code(201).send(body);
      }
    }
    return sendError(reply, 503, { code: 'storage_error', message: 'no free code; try again' });
  });

  app.post(ROUTES.selfTestClaims, async (request, reply) => {
    const parsed = parseAtBoundary(SelfTestClaimRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const address = deps.addressOf(request.socket.remoteAddress, request.headers);
    const now = deps.now();
    // Refused before the lookup: a blocked guesser cannot tell a right code from a wrong one.
    const wait = guesses.waitMs(address, now);
    if (wait > 0) return sendRateLimited(reply, wait, 'too many unknown codes; wait');
    const code = normalizeSelfTestCode(parsed.value.code);
    const claimDigest = createHash('sha256').update(parsed.value.claim).digest('base64url');
    const result =
      code === null
        ? 'unknown'
        : await deps.selfTests.claim(code, claimDigest, now).catch(() => null);
    if (result === null) return sendError(reply, 503, unwritable);
    if (result === 'unknown') {
      guesses.fail(address, now);
      return sendError(reply, 404, {
        code: 'unknown_self_test',
        message: 'there is no self-test result with this code (or it has expired)',
      });
    }
    if (result === 'used') {
      return sendError(reply, 409, {
        code: 'self_test_used',
        message: 'this self-test result has already been taken into a room',
      });
    }
    const body: SelfTestClaimed = { values: result.values };
    return body;
  });
}

/** The self-test's statements from the flagship, or null if this server does not have it. */
export function selfTestList(scenarios: ReadonlyMap<string, Scenario>): SelfTestList | null {
  const block = scenarios
    .get(SELF_TEST_SOURCE.scenarioId)
    ?.blocks.find((candidate) => candidate.id === SELF_TEST_SOURCE.blockId);
  if (block?.kind !== 'statements') return null;
  return {
    points: block.points,
    items: block.items.map(({ id, text, type, reversed }) => ({ id, text, type, reversed })),
  };
}

/** Why these answers are not a finished self-test, or null: every statement, nothing else. */
function incompleteness(list: SelfTestList, values: SelfTestValues): string | null {
  const known = new Set(list.items.map((item) => item.id));
  for (const [id, value] of Object.entries(values)) {
    if (!known.has(id)) return `values: "${id}" is not a statement of the self-test`;
    if (value > list.points) return `values: ${id} is beyond the scale of ${list.points}`;
  }
  const missing = list.items.filter((item) => values[item.id] === undefined).length;
  return missing === 0 ? null : `values: ${missing} statements are not answered yet`;
}

function newSelfTestCode(): string {
  let code = '';
  for (let i = 0; i < SELF_TEST_CODE_LENGTH; i++) {
    code += SELF_TEST_CODE_ALPHABET[randomInt(SELF_TEST_CODE_ALPHABET.length)];
  }
  return code;
}
