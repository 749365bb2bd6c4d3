import type { FastifyServerOptions } from 'fastify';
import type { ServerConfig } from '../config.js';

/** A room's id in an API path: /api/rooms/<id>/… */
const ROOM_IN_PATH = /^\/api\/rooms\/([A-Za-z0-9_-]{1,64})(?:[/?]|$)/;
/** Join codes open a room to anyone who has one: not for the log. */
const CODE_IN_PATH = /^(\/api\/join\/|\/j\/)[^/?#]+/;

/** The room a request is about, from its path; for the `roomId` of its log lines. */
export function roomOfUrl(url: string): string | undefined {
  return ROOM_IN_PATH.exec(url)?.[1];
}

/** The path as logged: a join code masked, the query left out (it may carry a key). */
export function loggedUrl(url: string): string {
  return url.split('?')[0]!.replace(CODE_IN_PATH, '$1***');
}

/**
 * Fastify's pino logger as an operator needs it: one JSON line per event, no secret on any
 * line (authorization and cookie headers, join codes, query strings), and `roomId` on every
 * line of a request about a room.
 */
export function loggerOptions(
  level: ServerConfig['logLevel'],
): Pick<FastifyServerOptions, 'logger' | 'childLoggerFactory'> {
  if (level === 'silent') return { logger: false };
  return {
    logger: {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          'passphrase',
          'token',
          'key',
        ],
        censor: '[redacted]',
      },
      serializers: {
        // Only what says what went wrong: an error may hold a database connection (with its
        // cancel key) or a request among its properties, and pino would write all of it.
        err(error: Error) {
          // Anything may be thrown; only an Error has the parts kept below.
          if (!((error as unknown) instanceof Error)) {
            return { type: typeof error, message: String(error), stack: '' };
          }
          const code = (error as { code?: unknown }).code;
          return {
            type: error.name,
            message: error.message,
            stack: error.stack ?? '',
            ...(typeof code === 'string' ? { code } : {}),
          };
        },
        req(request: { method: string; url: string; ip?: string }) {
          return { method: request.method, url: loggedUrl(request.url), remoteAddress: request.ip };
        },
      },
    },
    childLoggerFactory(logger, bindings, options, rawRequest) {
      const roomId = roomOfUrl(rawRequest.url ?? '');
      return logger.child(roomId === undefined ? bindings : { ...bindings, roomId }, options);
    },
  };
}
