/**
 * A join link shows its name form before the room's code is here (it comes while the phone
 * types). The name given there waits in this hand-over until the room has connected as a
 * guest and can send the join; it is taken once.
 */
let pending: { code: string; name: string | null } | null = null;

export function leavePendingJoin(code: string, name: string | null): void {
  pending = { code, name };
}

/**
 * The name waiting for this room, if any (`undefined` when none waits, null for anonymous),
 * left in place: read while rendering, which React may throw away (a part of the room still
 * downloading suspends it) and do again.
 */
export function peekPendingJoin(code: string): { name: string | null } | undefined {
  return pending?.code === code ? { name: pending.name } : undefined;
}

/** Takes the waiting name out, once it is sent. */
export function takePendingJoin(code: string): { name: string | null } | undefined {
  if (pending?.code !== code) return undefined;
  const { name } = pending;
  pending = null;
  return { name };
}
