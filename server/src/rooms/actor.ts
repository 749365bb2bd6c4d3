/** Who is behind a connection, as the gateway established it at the handshake. */
export type ConnectionActor =
  | { kind: 'guest' }
  | { kind: 'participant'; id: string }
  | { kind: 'facilitator' }
  | { kind: 'presenter' };

/** Scopes a client-made command id to whoever sent it, so ids of different senders never collide. */
export function dedupeKey(actor: ConnectionActor, commandId: string): string {
  return actor.kind === 'participant' ? `p:${actor.id}:${commandId}` : `${actor.kind}:${commandId}`;
}
