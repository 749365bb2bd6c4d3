import { ErrorResponseSchema, type ProtocolError } from '@samenspel/shared';

/** The part of a zod schema used here (zod itself is a dependency of shared, not of the client). */
export interface Parser<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly unknown[] } };
}

/** The outcome of one API call: the parsed body, or the HTTP status with the server's error. */
export type ApiResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      status: number;
      error: ProtocolError | null;
      /** From Retry-After, when the server says how long to wait (429). */
      retryAfterSeconds?: number;
    };

/** Whole minutes to wait, at least one, for a refusal that said how long. */
export function minutesToWait(result: { retryAfterSeconds?: number }): number {
  return Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60));
}

export interface ApiRequest<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** The facilitator's session token (or a presenter key), sent as a Bearer token. */
  token?: string;
  /** Further request headers (the QR link's token on a code lookup). */
  headers?: Record<string, string>;
  schema: Parser<T>;
}

/**
 * How often a request for a room another server of a cluster runs is sent again: the proxy
 * passes it to the next server each time, and the refusal came before anything was done.
 */
const MOVED_RETRIES = 4;
const MOVED_RETRY_MS = 150;

/**
 * Calls the API and parses the answer at the boundary. Network failure is status 0. A refusal
 * `room_elsewhere` (a cluster whose proxy did not pass a write on) is tried again a few times.
 */
export async function apiRequest<T>(path: string, request: ApiRequest<T>): Promise<ApiResult<T>> {
  for (let attempt = 0; ; attempt++) {
    const result = await requestOnce(path, request);
    if (result.ok || result.error?.code !== 'room_elsewhere' || attempt >= MOVED_RETRIES) {
      return result;
    }
    await new Promise((resolve) => setTimeout(resolve, MOVED_RETRY_MS * (attempt + 1)));
  }
}

async function requestOnce<T>(path: string, request: ApiRequest<T>): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { ...request.headers, accept: 'application/json' };
  if (request.body !== undefined) headers['content-type'] = 'application/json';
  if (request.token !== undefined) headers.authorization = `Bearer ${request.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? 'GET',
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
  } catch {
    return { ok: false, status: 0, error: null };
  }
  return readAnswer(path, response, request.schema);
}

/**
 * A response's answer, parsed at the boundary: the body by the route's schema when it
 * succeeded, the server's error otherwise. A body that does not match is an error, not data.
 */
export async function readAnswer<T>(
  path: string,
  response: Response,
  schema: Parser<T>,
): Promise<ApiResult<T>> {
  const json = await response.json().catch((): unknown => null);
  if (!response.ok) return refusalOf(response.status, json, response.headers.get('retry-after'));
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  console.warn('samenspel: unexpected answer from', path, parsed.error.issues);
  return {
    ok: false,
    status: response.status,
    error: { code: 'invalid_payload', message: 'unexpected answer from the server' },
  };
}

/** A refused request: its status, and the server's error when the body is one. */
export function refusalOf(
  status: number,
  json: unknown,
  retryAfterHeader: string | null = null,
): { ok: false; status: number; error: ProtocolError | null; retryAfterSeconds?: number } {
  const parsed = ErrorResponseSchema.safeParse(json);
  // An address that guessed too often is told how long to wait (429 with Retry-After).
  const retryAfter = Number(retryAfterHeader);
  return {
    ok: false,
    status,
    error: parsed.success ? parsed.data.error : null,
    ...(retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {}),
  };
}
