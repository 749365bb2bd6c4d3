import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomSummary } from '@samenspel/shared';
import { emitAny, participantAuth, TestClient } from './support/client.js';
import { createRoom, login } from './support/http.js';
import { startServer } from './support/server.js';

/** A message that carries an acknowledgement always gets one back, whatever else is wrong with it. */
describe('socket messages the server does not expect', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let room: RoomSummary;
  let guest: TestClient;

  beforeAll(async () => {
    server = await startServer();
    room = await createRoom(server.url, await login(server.url));
    guest = await TestClient.connect(server.url, participantAuth(room.code));
  });
  afterAll(async () => {
    guest.close();
    await server.stop();
  });

  it('refuses an unknown event with unknown_command instead of leaving it unanswered', async () => {
    const outcome = await emitAny(guest, 'vote', [{ option: 'a' }], 5_000);
    expect(outcome).toEqual({
      reply: [
        { ok: false, error: { code: 'unknown_command', message: 'there is no event "vote"' } },
      ],
    });
  });

  it('refuses a command with more than one argument before its acknowledgement', async () => {
    const outcome = await emitAny(guest, 'command', [{ v: 1 }, 'extra'], 5_000);
    expect(outcome).toMatchObject({ reply: [{ ok: false, error: { code: 'invalid_payload' } }] });
  });

  it('refuses a command that carries binary data, in a plain JSON answer, and stays connected', async () => {
    // The server encodes its packets as JSON only; a client may still send binary ones.
    const outcome = await emitAny(
      guest,
      'command',
      [{ v: 1, id: 'binary-command-1', type: 'join', name: Buffer.from('Ann') }],
      5_000,
    );
    expect(outcome).toMatchObject({ reply: [{ ok: false, error: { code: 'invalid_payload' } }] });
    const clock = await emitAny(guest, 'clock', [], 5_000);
    expect(clock).toMatchObject({ reply: [{ serverNow: expect.any(Number) }] });
  });

  it('answers a clock request whatever was sent before its acknowledgement', async () => {
    const outcome = await emitAny(guest, 'clock', [{ junk: true }], 5_000);
    expect(outcome).toMatchObject({ reply: [{ serverNow: expect.any(Number) }] });
  });
});
