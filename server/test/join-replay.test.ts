import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { API, type CommandAck, type RoomSummary } from '@samenspel/shared';
import { createRoom, login, readLog } from './support/http.js';
import {
  connectFacilitator,
  newCommandId,
  newDeviceSecret as newDevice,
  participantAuth,
  TestClient,
} from './support/client.js';
import { startServer, tempDataDir } from './support/server.js';

const SHIPPED = fileURLToPath(new URL('../../scenarios', import.meta.url));
const SECRET_WORDS = 'Ik durf de wethouder niet tegen te spreken';

/** Every `commandId` anywhere in a JSON text: what whoever holds an export could send again. */
function commandIdsIn(json: string): string[] {
  return [...json.matchAll(/"commandId":"([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * The attack of issue 13: someone holding an export (or the library's log) connects as a guest
 * and sends a join under each command id found in it, or under a join id learnt otherwise,
 * hoping to get that participant's token back and with it their summary.
 */
describe('a join id is no key to a participant', () => {
  const data = tempDataDir();
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;
  let room: RoomSummary;
  const clients: TestClient[] = [];
  const author = { joinId: newCommandId(), device: newDevice(), participantId: '', token: '' };
  const oldPhone = { joinId: newCommandId(), participantId: '' };

  const start = async () => {
    server = await startServer({ dataDir: data.dir, config: { scenariosDir: SHIPPED } });
    token = await login(server.url);
  };
  const connect = async (auth = participantAuth(room.code)) => {
    const client = await TestClient.connect(server.url, auth);
    clients.push(client);
    return client;
  };
  const exported = async () => {
    const response = await fetch(server.url + API.exportJson(room.roomId) + '?names=true', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return response.text();
  };
  const library = async () => JSON.stringify(await readLog(server.url, token, room.roomId));

  /** Tries every id it can get hold of from a fresh guest connection; returns the acks. */
  const attack = async (): Promise<CommandAck[]> => {
    const ids = new Set([
      ...commandIdsIn(await exported()),
      ...commandIdsIn(await library()),
      author.joinId,
      oldPhone.joinId,
    ]);
    const acks: CommandAck[] = [];
    for (const id of ids) {
      for (const extra of [{}, { device: newDevice() }]) {
        const guest = await connect();
        // The very bodies that were sent, names as the export shows them: only a secret differs.
        for (const name of ['Geheime Gerda', 'Oude Otto', null]) {
          acks.push(await guest.send({ type: 'join', name, ...extra }, id));
        }
        // Another command under the join's id: once restored from the log it has no fingerprint
        // to differ from, and a guest's retry is looked up where the join was kept.
        acks.push(await guest.send({ type: 'leave' }, id));
        // Nothing of anyone's answers reached this connection.
        expect(guest.views.every(({ view }) => view.role === 'guest')).toBe(true);
        expect(JSON.stringify(guest.views)).not.toContain(SECRET_WORDS);
        guest.close();
      }
    }
    return acks;
  };
  const expectNoToken = (acks: CommandAck[]) => {
    for (const ack of acks) {
      expect(JSON.stringify(ack)).not.toContain(author.token);
      expect(ack.ok && ack.join?.participantId).not.toBe(author.participantId);
      expect(ack.ok && ack.join?.participantId).not.toBe(oldPhone.participantId);
    }
  };

  beforeAll(async () => {
    await start();
    room = await createRoom(server.url, token, 'demo');
    const facilitator = await connectFacilitator(server.url, room.roomId, token);
    clients.push(facilitator);
    await facilitator.send({ type: 'session.start' });

    const phone = await connect();
    const joined = await phone.send(
      { type: 'join', name: 'Geheime Gerda', device: author.device },
      author.joinId,
    );
    if (!joined.ok || !joined.join) throw new Error(`join failed: ${JSON.stringify(joined)}`);
    author.participantId = joined.join.participantId;
    author.token = joined.join.token;
    // A phone of an older client, whose join came without a device secret.
    const old = await connect();
    const oldAck = await old.send({ type: 'join', name: 'Oude Otto' }, oldPhone.joinId);
    if (!oldAck.ok || !oldAck.join) throw new Error('join failed');
    oldPhone.participantId = oldAck.join.participantId;

    await facilitator.send({ type: 'block.goto', blockId: 'eerste-indruk' });
    await phone.waitFor((v) => v.role === 'participant' && v.block?.id === 'eerste-indruk');
    const wrote = await phone.send({
      type: 'answer',
      blockId: 'eerste-indruk',
      answer: { kind: 'reflection', text: SECRET_WORDS },
    });
    expect(wrote.ok).toBe(true);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
    data.remove();
  });

  it('keeps command ids and device digests out of the export and the library log', async () => {
    for (const text of [await exported(), await library()]) {
      expect(commandIdsIn(text)).toEqual([]);
      expect(text).not.toContain(author.joinId);
      expect(text).not.toContain('deviceHash');
      expect(text).not.toContain(author.device);
    }
  });

  it('gives no token to a guest replaying join ids during the session', async () => {
    expectNoToken(await attack());
  });

  it("answers the real phone's lost join with its own token, and nobody else's retry", async () => {
    const again = await connect();
    const retry = await again.send(
      { type: 'join', name: 'Geheime Gerda', device: author.device },
      author.joinId,
    );
    expect(retry).toMatchObject({ ok: true, join: { participantId: author.participantId } });
    // An old client's join, with no secret to prove, is never answered again.
    const old = await connect();
    const oldRetry = await old.send({ type: 'join', name: 'Oude Otto' }, oldPhone.joinId);
    expect(oldRetry).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'id' } });
  });

  it('refuses a join whose device secret is too short to prove anything', async () => {
    const guest = await connect();
    const ack = await guest.send({ type: 'join', name: 'Kort', device: 'abc' });
    expect(ack).toMatchObject({ ok: false, error: { code: 'invalid_payload', field: 'device' } });
    expect(guest.latest.role).toBe('guest');
  });

  it('gives no token after the session ended', async () => {
    const facilitator = await connectFacilitator(server.url, room.roomId, token);
    clients.push(facilitator);
    expect((await facilitator.send({ type: 'session.end' })).ok).toBe(true);
    expectNoToken(await attack());
  });

  it('gives no token after a restart, and the real phone still gets its own back', async () => {
    await server.stop();
    await start();
    expectNoToken(await attack());

    const phone = await connect();
    const retry = await phone.send(
      { type: 'join', name: 'Geheime Gerda', device: author.device },
      author.joinId,
    );
    expect(retry).toMatchObject({
      ok: true,
      join: { participantId: author.participantId, token: author.token },
    });
    // The token it got back opens its own summary, the anonymous reflection included.
    const back = await connect(participantAuth(room.code, author.token));
    const view = await back.waitFor((v) => v.role === 'participant');
    expect(JSON.stringify(view)).toContain(SECRET_WORDS);

    const old = await connect();
    const oldRetry = await old.send({ type: 'join', name: 'Oude Otto' }, oldPhone.joinId);
    expect(oldRetry.ok).toBe(false);
  });
});
