import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type RoomSummary } from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { joinAsParticipant, participantAuth, TestClient } from './support/client.js';
import { PASSPHRASE, startServer } from './support/server.js';

const WINDOW_MS = 10 * 60_000;
const LOGIN = { maxFailures: 5, windowMs: WINDOW_MS };
const JOIN_CODE = { maxFailures: 8, windowMs: WINDOW_MS };

/** Everything here comes from one address (127.0.0.1), as from a class behind one router. */
describe('per-address limits on guessing', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let skewMs = 0;
  let token: string;
  let room: RoomSummary;
  const clients: TestClient[] = [];
  const unknownCodes = ['ZZZZZZ', 'ZZZZZY', 'ZZZZZX', 'ZZZZZW', 'ZZZZZV', 'ZZZZZU', 'ZZZZZT'];

  beforeAll(async () => {
    server = await startServer({
      now: () => Date.now() + skewMs,
      addressLimits: { login: LOGIN, joinCode: JOIN_CODE },
    });
    token = await login(server.url);
    room = await createRoom(server.url, token);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });

  const signIn = (passphrase: string) =>
    fetch(server.url + API.session, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ passphrase }),
    });
  const lookUp = (code: string) => fetch(server.url + API.join(code));
  const connectError = (code: string, token?: string) =>
    TestClient.connect(server.url, participantAuth(code, token)).then(
      (client) => {
        clients.push(client);
        return 'connected';
      },
      (error: Error) => error.message,
    );

  it('stops passphrase guessing after a few wrong ones, even the right one, until the window ends', async () => {
    for (let i = 0; i < LOGIN.maxFailures; i++) {
      expect((await signIn(`gok-${i}`)).status).toBe(401);
    }
    const blocked = await signIn(PASSPHRASE);
    expect(blocked.status).toBe(429);
    expect(await blocked.json()).toEqual({
      error: { code: 'rate_limited', message: expect.any(String) },
    });
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);

    skewMs += WINDOW_MS;
    expect((await signIn(PASSPHRASE)).status).toBe(200);
  });

  it('never stops a class of 30 joining with the right code next to a few mistyped ones', async () => {
    for (const code of unknownCodes) expect((await lookUp(code)).status).toBe(404);
    for (let i = 0; i < 30; i++) {
      expect((await lookUp(room.code)).status, `phone ${i + 1}`).toBe(200);
      const phone = await joinAsParticipant(server.url, room.code, `Deelnemer ${i + 1}`);
      clients.push(phone.client);
    }
  });

  it('stops code guessing over HTTP and sockets together, but lets joined phones back in', async () => {
    const member = await joinAsParticipant(server.url, room.code, 'Al binnen');
    member.client.close();
    // Seven unknown codes counted so far (over HTTP); the eighth, by socket, reaches the limit.
    expect(await connectError('ZZZZZS')).toBe('unknown_code');

    const lookup = await lookUp(room.code);
    expect(lookup.status).toBe(429);
    expect(Number(lookup.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await lookup.json()) as { error: { code: string } }).error.code).toBe('rate_limited');
    // A right code and a wrong one read the same, so guessing learns nothing.
    expect(await connectError(room.code)).toBe('rate_limited');
    expect(await connectError('ZZZZZR')).toBe('rate_limited');
    expect((await lookUp('ZZZZZR')).status).toBe(429);
    // A phone that joined before (its token) is not a guess: it reconnects.
    expect(await connectError(room.code, member.token)).toBe('connected');

    skewMs += WINDOW_MS;
    expect((await lookUp(room.code)).status).toBe(200);
    expect(await connectError(room.code)).toBe('connected');
  });
});
