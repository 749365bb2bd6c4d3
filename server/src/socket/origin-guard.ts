import { protocolError } from '@samenspel/shared';
import { FORBIDDEN_ORIGIN_MESSAGE, type OriginPolicy } from '../http/origin-policy.js';
import type { RoomServer } from './binding.js';
import { handshakeError } from './handshake.js';

/**
 * Refuses a socket opened by a page of another site before anything else is looked at, so a
 * stranger's page cannot ride a facilitator's or a phone's connection (cross-site websockets).
 */
export function guardSocketOrigins(io: RoomServer, policy: OriginPolicy): void {
  io.use((socket, next) => {
    if (policy.allows(socket.handshake.headers.origin)) return next();
    next(handshakeError(protocolError('forbidden_origin', FORBIDDEN_ORIGIN_MESSAGE)));
  });
}
