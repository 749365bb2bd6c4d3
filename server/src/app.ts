import Fastify, { type FastifyInstance } from 'fastify';
import { Server } from 'socket.io';
import { API, type PublicConfig } from '@samenspel/shared';
import type { ServerConfig } from './config.js';
import { KeyRing } from './auth/keys.js';
import type { Secrets } from './auth/secrets.js';
import type { EventStore } from './store/event-store.js';
import { openStorage, type Storage } from './store/open-storage.js';
import { RoomRegistry } from './rooms/registry.js';
import { soleOwnership } from './rooms/room-ownership.js';
import { routeSocketsByRoom } from './socket/room-routing.js';
import { randomId, shuffle } from './rooms/ids.js';
import { loadScenarioCatalog, type ScenarioCatalog } from './scenarios/catalog.js';
import { sessionRoutes } from './http/session-routes.js';
import { healthRoutes } from './http/health-routes.js';
import { roomRoutes } from './http/room-routes.js';
import { logRoutes } from './http/log-routes.js';
import { reportRoutes } from './http/report-routes.js';
import { programmeRoutes } from './http/programme-routes.js';
import { loadTemplateInputs } from './scenarios/template-inputs.js';
import { startRetention } from './rooms/retention.js';
import { startEviction } from './rooms/eviction.js';
import { serveClient } from './http/static-client.js';
import { answerFrameworkError, installErrorHandler } from './http/errors.js';
import { loggerOptions } from './http/log-options.js';
import { ServerMetrics, type MetricsSources } from './metrics/metrics.js';
import { serveMetrics } from './metrics/metrics-server.js';
import { securityHeaders } from './http/security-headers.js';
import { OriginPolicy } from './http/origin-policy.js';
import { checkOrigins } from './http/origin-check.js';
import {
  AddressLimiter,
  JOIN_CODE_LIMIT,
  LOGIN_LIMIT,
  type LimitRule,
} from './http/address-limiter.js';
import { clientAddressResolver } from './http/client-address.js';
import { CodeGate } from './http/code-gate.js';
import { joinLinkRoutes } from './http/join-link-routes.js';
import { selfTestRoutes } from './http/self-test-routes.js';
import { EntryKeys } from './auth/entry-keys.js';
import { JOIN_LIMIT, SocketLimits } from './socket/limits.js';
import { guardSocketOrigins } from './socket/origin-guard.js';
import { compression } from './http/compression.js';
import { closeOnUnreadBody } from './http/unread-body.js';
import { HTTP_TIMEOUTS, type HttpTimeouts } from './http/timeouts.js';
import { attachGateway } from './socket/gateway.js';
import type { RoomServer } from './socket/binding.js';
import { ViewRecoveryAdapter } from './socket/recovery-adapter.js';
import { jsonOnlyParser } from './socket/json-encoder.js';

/** Largest Socket.IO message we accept; a command is far smaller. */
export const MAX_MESSAGE_BYTES = 16 * 1024;

/** How long a dropped connection can come back through Socket.IO's connection state recovery. */
const RECOVERY_WINDOW_MS = 2 * 60_000;

export interface AppOptions {
  /** The clock, for tests that move time; defaults to Date.now. */
  now?: () => number;
  /** A store other than the configured one. */
  store?: EventStore;
  /** The least time between two facilitator (or presenter) views of a room under a burst. */
  staffGapMs?: number;
  /** Per-address limits on failed logins, unknown join codes and joins, for tests that reach them. */
  addressLimits?: {
    login?: LimitRule;
    joinCode?: LimitRule;
    joins?: LimitRule;
    selfTest?: { save?: LimitRule; claim?: LimitRule };
  };
  /** How long an ended room nobody uses stays in memory, and how often that is checked. */
  eviction?: { idleMs: number; everyMs: number };
  /** Shorter request timeouts, for tests that wait for one to pass. */
  timeouts?: HttpTimeouts;
}

const DEFAULT_EVICTION = { idleMs: 10 * 60_000, everyMs: 60_000 };

export interface SamenspelApp {
  http: FastifyInstance;
  io: RoomServer;
  registry: RoomRegistry;
  secrets: Secrets;
  catalog: ScenarioCatalog;
  keys: KeyRing;
  /** What start-up found wrong but could go on with (a read-only log, loose file modes). */
  startupWarnings: readonly string[];
  /** Where the server keeps its data: the data directory, or the database (no password). */
  storedIn: string;
  /** The port Prometheus scrapes, when one was asked for. */
  metricsPort: number | null;
  /** The address printed and shown to phones (QR code on the projector). */
  setPublicUrl(url: string | null): void;
  /** Starts listening; resolves with the address actually bound (port 0 picks a free one). */
  listen(): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

/**
 * Builds the whole server without starting it: HTTP API, Socket.IO, rooms restored from the log.
 * The data directory is this process's alone from here until close(); on PostgreSQL, the rooms
 * it takes up are (pg-room-leases.ts).
 */
export async function buildApp(
  config: ServerConfig,
  options: AppOptions = {},
): Promise<SamenspelApp> {
  const now = options.now ?? Date.now;
  let onError: (error: unknown) => void = (error) => console.error(error);
  const storage = await openStorage(config, {
    now,
    onError: (error) => onError(error),
    ...(options.store ? { store: options.store } : {}),
  });
  try {
    return await assemble(config, options, storage, (log) => (onError = log));
  } catch (error) {
    await storage.close();
    throw error;
  }
}

async function assemble(
  config: ServerConfig,
  options: AppOptions,
  storage: Storage,
  setErrorLog: (log: (error: unknown) => void) => void,
): Promise<SamenspelApp> {
  const now = options.now ?? Date.now;
  const { secrets, loggedOut, programmes, notes } = storage;
  // Late-bound: the metrics count what the registry and the sockets, made below, hold.
  let sources: MetricsSources = {
    liveRooms: () => 0,
    connected: () => ({ participants: 0, consoles: 0, presenters: 0 }),
    ready: async () => false,
  };
  const metrics = new ServerMetrics({
    liveRooms: () => sources.liveRooms(),
    connected: () => sources.connected(),
    ready: () => sources.ready(),
  });
  const store = metrics.timed(storage.store);
  const keys = new KeyRing(secrets.signingKey, secrets.passphrase, (id) => loggedOut.has(id));
  const catalog = await loadScenarioCatalog(config.scenariosDir);

  const timeouts = options.timeouts ?? HTTP_TIMEOUTS;
  const http = Fastify({
    ...loggerOptions(config.logLevel),
    // What anyone may send; only a logged-in facilitator's import may be larger.
    bodyLimit: MAX_MESSAGE_BYTES,
    requestTimeout: timeouts.requestMs,
    http: {
      headersTimeout: timeouts.headersMs,
      connectionsCheckingInterval: timeouts.checkEveryMs,
    },
    // A malformed or overlong URL is refused before routing; in our error shape all the same.
    frameworkErrors: answerFrameworkError,
  });
  installErrorHandler(http);
  const onError = (error: unknown, roomId?: string) =>
    http.log.error(roomId === undefined ? { err: error } : { err: error, roomId }, 'room error');
  setErrorLog(onError);
  const registry = await RoomRegistry.open({
    store,
    ownership: storage.ownership,
    keys,
    now,
    randomId,
    shuffle,
    onBackgroundError: onError,
  });

  await http.register(compression);
  // Start-up knows the port and the network address only after listening; it sets this then.
  let publicUrl = config.publicUrl;
  let listeningPort: number | null = null;
  const origins = new OriginPolicy(
    config.allowedOrigins,
    () => publicUrl,
    () => listeningPort,
  );
  securityHeaders(http);
  closeOnUnreadBody(http);
  // Before every route's own onRequest hooks, the passphrase check among them: a page of another
  // site is told 403 before it could learn anything from a 401.
  checkOrigins(http, origins);
  const readiness = healthRoutes(http, store);
  http.get(API.config, async (): Promise<PublicConfig> => ({ publicUrl }));
  const loginGuesses = new AddressLimiter(options.addressLimits?.login ?? LOGIN_LIMIT);
  const entryKeys = new EntryKeys(secrets.signingKey, secrets.passphrase);
  const codeGate = new CodeGate(entryKeys, options.addressLimits?.joinCode ?? JOIN_CODE_LIMIT);
  const addressOf = clientAddressResolver(config.proxyHops);
  sessionRoutes(http, {
    keys,
    now,
    entryKeys,
    guesses: loginGuesses,
    addressOf,
    loggedOut,
    onLogout: (tokenId) => gateway.endSession(tokenId),
  });
  roomRoutes(http, {
    keys,
    registry,
    scenarios: catalog.scenarios,
    programmes,
    now,
    codeGate,
    entryKeys,
    addressOf,
    randomId,
  });
  joinLinkRoutes(http, { keys, entryKeys, registry, now });
  selfTestRoutes(http, {
    scenarios: catalog.scenarios,
    selfTests: storage.selfTests,
    addressOf,
    now,
    ...(options.addressLimits?.selfTest ? { limits: options.addressLimits.selfTest } : {}),
  });
  const startupWarnings = await storage.warnings();
  logRoutes(http, {
    keys,
    registry,
    notes,
    now,
    randomId,
    importLimitBytes: config.importLimitBytes,
  });
  reportRoutes(http, { keys, registry, now });
  programmeRoutes(http, {
    keys,
    programmes,
    templates: await loadTemplateInputs(config.scenariosDir, new Set(catalog.scenarios.keys())),
    templatesReadAt: now(),
    now,
  });
  await serveClient(http, config.clientDir);

  const io: RoomServer = new Server(http.server, {
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    pingInterval: 10_000,
    pingTimeout: 10_000,
    connectionStateRecovery: {
      maxDisconnectionDuration: RECOVERY_WINDOW_MS,
      skipMiddlewares: true,
    },
    // Socket.IO's own adapter would keep every view sent for the whole window: see there.
    adapter: ViewRecoveryAdapter,
    parser: jsonOnlyParser,
  });
  guardSocketOrigins(io, origins);
  // On a cluster, a socket for a room another node runs is sent on before its handshake.
  if (storage.ownership !== soleOwnership)
    routeSocketsByRoom(http.server, (hint) => registry.runs(hint));
  const gateway = attachGateway(io, {
    keys,
    registry,
    now,
    staffGapMs: options.staffGapMs ?? 50,
    onError,
    onAnswered: (type, ack) => metrics.command(type, ack),
    codeGate,
    entryKeys,
    addressOf,
    limits: new SocketLimits(
      options.addressLimits?.joins ??
        (config.joinsPerAddress === undefined
          ? undefined
          : { ...JOIN_LIMIT, maxFailures: config.joinsPerAddress }),
    ),
  });

  const retention =
    config.retentionDays === null
      ? null
      : startRetention(registry, config.retentionDays, now, onError);
  registry.onRemoved((roomId) => void notes.removeRoom(roomId).catch(onError));
  // A logout on another node closes the consoles connected here with that session too.
  loggedOut.onLoggedOutElsewhere?.((tokenId) => gateway.endSession(tokenId));
  const eviction = startEviction(registry, {
    ...(options.eviction ?? DEFAULT_EVICTION),
    roomsInUse: () => gateway.roomsInUse(),
    onError,
  });

  await http.ready();
  sources = {
    liveRooms: () => registry.liveRooms.length,
    connected: () => countConnections(io),
    ready: () => readiness.ready(),
  };
  const metricsServer =
    config.metricsPort === null || config.metricsPort === undefined
      ? null
      : await serveMetrics(metrics, config.metricsPort, config.metricsHost ?? '127.0.0.1');

  return {
    http,
    io,
    registry,
    secrets,
    catalog,
    keys,
    startupWarnings,
    storedIn: storage.where,
    setPublicUrl(url) {
      publicUrl = url;
    },
    async listen() {
      await http.listen({ port: config.port, host: config.host });
      const address = http.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      listeningPort = port;
      return { port, url: `http://localhost:${port}` };
    },
    metricsPort: metricsServer?.port ?? null,
    async close() {
      // Not ready from here: a proxy sends this node nobody new while it drains, and on a
      // cluster it takes no room up any more (its own are handed over as it stops).
      readiness.drain();
      registry.stopTaking();
      if (config.shutdownDrainMs) {
        await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
      }
      await metricsServer?.close();
      retention?.stop();
      eviction.stop();
      gateway.close();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await registry.close();
      await http.close();
      await storage.close();
    },
  };
}

/** Open sockets by the kind of connection they were bound as. */
function countConnections(io: RoomServer): ReturnType<MetricsSources['connected']> {
  const counts = { participants: 0, consoles: 0, presenters: 0 };
  for (const socket of io.sockets.sockets.values()) {
    const kind = socket.data.binding?.actor.kind;
    if (kind === 'participant' || kind === 'guest') counts.participants++;
    else if (kind === 'facilitator') counts.consoles++;
    else if (kind === 'presenter') counts.presenters++;
  }
  return counts;
}
