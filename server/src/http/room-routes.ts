import type { FastifyInstance } from 'fastify';
import {
  API,
  CreateRoomRequestSchema,
  ROUTES,
  JOIN_LINK_HEADER,
  JoinLinkTokenSchema,
  normalizeJoinCode,
  parseAtBoundary,
  type JoinLookup,
  type RoomSummary,
  type Scenario,
  type ScenarioSummary,
} from '@samenspel/shared';
import type { KeyRing } from '../auth/keys.js';
import type { RoomRegistry } from '../rooms/registry.js';
import type { StoredRoom } from '../store/event-store.js';
import type { ProgrammeStore } from '../store/programme-store.js';
import { programmeSource } from '../rooms/programme-source.js';
import type { EntryKeys } from '../auth/entry-keys.js';
import type { CodeGate } from './code-gate.js';
import type { AddressOf } from './client-address.js';
import { DEVICE_COOKIE, readCookie, setCookie } from './cookies.js';
import { sendError, sendRateLimited } from './errors.js';
import { requireFacilitator } from './facilitator-auth.js';

interface RoomRouteDeps {
  keys: KeyRing;
  registry: RoomRegistry;
  scenarios: Map<string, Scenario>;
  /** The studio's programmes, which a room can be made from too. */
  programmes: ProgrammeStore;
  now: () => number;
  /** Unknown join codes per address and device, shared with the socket handshake. */
  codeGate: CodeGate;
  entryKeys: EntryKeys;
  addressOf: AddressOf;
  /** A fresh command id for the commands these routes send on a facilitator's behalf. */
  randomId: (prefix: string) => string;
}

export function roomRoutes(app: FastifyInstance, deps: RoomRouteDeps) {
  const { keys, registry, scenarios } = deps;
  const facilitatorOnly = { onRequest: requireFacilitator(keys, deps.now) };

  const summarize = (room: StoredRoom): RoomSummary => {
    const live = registry.liveRooms.find((authority) => authority.roomId === room.roomId);
    return {
      roomId: room.roomId,
      code: room.code,
      scenarioId: room.scenarioId,
      title: room.title,
      groupName: room.groupName,
      // From the log's index when the room is not in this node's memory (another node of a
      // cluster runs it, or nobody has opened it since a restart).
      status:
        room.endedAt !== null
          ? 'ended'
          : (live?.snapshot.status ?? (room.startedAt !== null ? 'running' : 'lobby')),
      createdAt: room.createdAt,
      startedAt: room.startedAt,
      endedAt: room.endedAt,
      restedMs: room.restedMs,
      participantCount: room.participantCount,
      facilitatorKey: keys.facilitatorKey(room.roomId, room.linkGeneration),
      presenterKey: keys.presenterKey(room.roomId, room.linkGeneration),
    };
  };

  app.get(API.scenarios, facilitatorOnly, async () => {
    const list: ScenarioSummary[] = [...scenarios.values()].map((scenario) => ({
      id: scenario.id,
      title: scenario.title,
      description: scenario.description ?? null,
      audience: scenario.audience ?? null,
      minutes: scenario.minutes,
      blockCount: scenario.blocks.length,
    }));
    return list;
  });

  app.get(API.rooms, facilitatorOnly, async () => (await registry.list()).map(summarize));

  app.post(API.rooms, facilitatorOnly, async (request, reply) => {
    const parsed = parseAtBoundary(CreateRoomRequestSchema, request.body);
    if (!parsed.ok) return sendError(reply, 400, parsed.error);
    const source = await programmeSource(parsed.value, scenarios, deps.programmes);
    if (!source.ok) return sendError(reply, source.status, source.error);
    const authority = await registry.create(
      source.scenario,
      parsed.value.groupName ?? null,
      source.programme,
    );
    const stored = await registry.store.findRoom(authority.roomId);
    return reply.code(201).send(summarize(stored!));
  });

  // New links for one room: a command, so the log and the replay know; only the passphrase's
  // login may ask, since the answer holds the new links.
  app.post<{ Params: { roomId: string } }>(
    ROUTES.links,
    facilitatorOnly,
    async (request, reply) => {
      const authority = await registry.get(request.params.roomId);
      if (!authority) {
        return sendError(reply, 404, { code: 'unknown_room', message: 'there is no such room' });
      }
      const ack = await authority.submit(
        { kind: 'facilitator' },
        { v: 1, id: deps.randomId('links'), type: 'links.renew' },
      );
      if (!ack.ok) return sendError(reply, 503, ack.error);
      const stored = await registry.store.findRoom(authority.roomId);
      return summarize(stored!);
    },
  );

  app.get<{ Params: { code: string } }>('/api/join/:code', async (request, reply) => {
    const address = deps.addressOf(request.socket.remoteAddress, request.headers);
    const link = JoinLinkTokenSchema.safeParse(request.headers[JOIN_LINK_HEADER]);
    // The room index only, which every code lookup reads alike: the room itself is loaded once
    // the gate let the phone through, so a blocked one can neither make the server replay a log
    // nor tell a right code from a wrong one by how long the answer takes.
    const code = normalizeJoinCode(request.params.code);
    const indexed = code ? await registry.store.findRoomByCode(code) : null;
    // The QR link's token opens its own room only, so it passes whatever this network guessed.
    const linked =
      link.success &&
      indexed !== null &&
      deps.entryKeys.checkJoinLinkToken(indexed.roomId, link.data);
    const gate = linked
      ? null
      : deps.codeGate.admit(
          address,
          readCookie(request.headers.cookie, DEVICE_COOKIE),
          deps.now(),
          true,
        );
    if (gate?.issued) reply.header('set-cookie', setCookie(DEVICE_COOKIE, gate.issued, '/', 365));
    // Refused before the lookup is answered: a blocked phone cannot tell a right code from a wrong one.
    if (gate && gate.waitMs > 0) {
      return sendRateLimited(reply, gate.waitMs, 'too many unknown codes; wait');
    }
    const authority = indexed ? await registry.get(indexed.roomId) : null;
    if (!authority) {
      if (gate) deps.codeGate.fail(address, gate.device, deps.now());
      return sendError(reply, 404, {
        code: 'unknown_code',
        message: 'there is no session with this code; check the code on the screen',
      });
    }
    const state = authority.snapshot;
    const body: JoinLookup = {
      roomId: state.roomId,
      code: state.code,
      title: state.scenario.title,
      groupName: state.groupName,
      status: state.status,
      // Said, not refused: a phone that joined before comes back in with its token, and one
      // that did not is shown that the room is closed (and sees it open again, live).
      joinsOpen: state.joinsClosedAt === null,
    };
    return body;
  });
}
