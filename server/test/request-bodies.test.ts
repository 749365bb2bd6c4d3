import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@samenspel/shared';
import { io } from 'socket.io-client';
import { MESSAGE_EVENT, type ServerMessage } from '@samenspel/shared';
import { connectFacilitator, participantAuth } from './support/client.js';
import { createRoom, login } from './support/http.js';
import { ConfigError, configFromEnv } from '../src/config.js';
import { LINGER_MS } from '../src/http/unread-body.js';
import { startServer } from './support/server.js';
import { postHead, trickle, upload } from './support/uploads.js';

const MB = 1024 * 1024;
/**
 * What a client can get onto the wire of a connection the server no longer reads: the sockets'
 * buffers on loopback (a few MB). Reading the whole body, as before, lets all 60 MB through.
 */
const UNREAD = 12 * MB;

/** Bodies are read only for whom they are meant: credentials first, then the limit that applies. */
describe('request bodies', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let token: string;

  beforeAll(async () => {
    server = await startServer({ config: { importLimitBytes: 2 * MB } });
    token = await login(server.url);
  });
  afterAll(() => server.stop());

  it('refuses an import without the passphrase at once, closing the connection unread', async () => {
    const outcome = await upload(server.url, API.import, 60 * MB);
    expect(outcome.status).toBe(401);
    expect(outcome.answeredMs).toBeLessThan(1000);
    expect(outcome.bodyBytesSent).toBeLessThan(UNREAD);
    expect(outcome.ms).toBeLessThan(LINGER_MS + 1000);
  });

  it('answers an unauthenticated upload and hangs up, rather than wait to drain its body', async () => {
    const head = postHead(server.url, API.import, 60 * MB);
    const refused = await trickle(server.url, head, 'x'.repeat(100), { giveUpMs: 5000 });
    expect(refused.statusLine).toBe('HTTP/1.1 401 Unauthorized');
    expect(refused.answeredMs).toBeLessThan(1000);
    expect(refused.ms).toBeLessThan(LINGER_MS + 1000);
  });

  it('reads no more than 16 KB of anyone’s body on any other route, known or not', async () => {
    const paths = [API.session, API.rooms, '/api/no-such-route', '/'];
    const outcomes = await Promise.all(paths.map((path) => upload(server.url, path, 60 * MB)));
    outcomes.forEach((outcome, i) => {
      expect([401, 404, 413], paths[i]).toContain(outcome.status);
      expect(outcome.answeredMs, paths[i]).toBeLessThan(1000);
      expect(outcome.bodyBytesSent, paths[i]).toBeLessThan(UNREAD);
    });
    const small = await upload(server.url, API.session, 17 * 1024);
    expect(small.status).toBe(413);
  });

  it('applies the configured import limit once the facilitator is logged in', async () => {
    const authorization = `Bearer ${token}`;
    const over = await upload(server.url, API.import, 3 * MB, { headers: { authorization } });
    expect(over.status).toBe(413);
    // Within the limit the body is read and parsed: a file of spaces is no JSON, but it got there.
    const within = await upload(server.url, API.import, MB, { headers: { authorization } });
    expect(within.status).toBe(400);
    expect(within.bodyBytesSent).toBe(MB);
  });
});

describe('SAMENSPEL_IMPORT_LIMIT_MB', () => {
  it('is read as whole megabytes, 64 when unset, and a bad value stops start-up', () => {
    expect(configFromEnv({}).importLimitBytes).toBe(64 * MB);
    expect(configFromEnv({ SAMENSPEL_IMPORT_LIMIT_MB: ' 200 ' }).importLimitBytes).toBe(200 * MB);
    for (const bad of ['0', '-5', '1.5', '64MB', 'veel', '100000']) {
      expect(() => configFromEnv({ SAMENSPEL_IMPORT_LIMIT_MB: bad }), bad).toThrow(
        /SAMENSPEL_IMPORT_LIMIT_MB must be a whole number of megabytes/,
      );
    }
    expect(() => configFromEnv({ SAMENSPEL_IMPORT_LIMIT_MB: 'x' })).toThrow(ConfigError);
  });
});

/** Slowly trickled requests are ended, while Socket.IO's long connections are not. */
describe('request timeouts', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  const timeouts = { headersMs: 1000, requestMs: 2000, checkEveryMs: 200 };

  beforeAll(async () => {
    server = await startServer({ timeouts });
  });
  afterAll(() => server.stop());

  it('ends a body that comes a byte at a time once the request time is up', async () => {
    const slow = await trickle(
      server.url,
      postHead(server.url, API.session, 1000),
      'x'.repeat(1000),
      {
        everyMs: 100,
      },
    );
    expect(slow.statusLine).toMatch(/^HTTP\/1\.1 408/);
    expect(slow.ms).toBeGreaterThanOrEqual(timeouts.requestMs - 100);
    expect(slow.ms).toBeLessThan(timeouts.requestMs + 3 * timeouts.checkEveryMs + 500);
  });

  it('ends headers that come a byte at a time once the header time is up', async () => {
    const slow = await trickle(server.url, 'GET / HTTP/1.1\r\n', 'X-Slow: ' + 'y'.repeat(500), {
      everyMs: 100,
    });
    expect(slow.statusLine).toMatch(/^HTTP\/1\.1 408/);
    expect(slow.ms).toBeLessThan(timeouts.headersMs + 3 * timeouts.checkEveryMs + 500);
  });

  it('keeps websockets and long polling open well past the request time', async () => {
    const token = await login(server.url);
    const room = await createRoom(server.url, token);
    const facilitator = await connectFacilitator(server.url, room.roomId, token);
    const phone = io(server.url, {
      auth: participantAuth(room.code),
      transports: ['polling'],
      reconnection: false,
      forceNew: true,
    });
    const statuses: string[] = [];
    phone.on(MESSAGE_EVENT, (message: ServerMessage) => {
      if (message.type === 'view') statuses.push(message.view.room.status);
    });
    let drops = 0;
    phone.on('disconnect', () => drops++);
    facilitator.socket.on('disconnect', () => drops++);
    try {
      await new Promise<void>((resolve) => phone.once('connect', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, 3 * timeouts.requestMs));
      expect((await facilitator.send({ type: 'session.start' })).ok).toBe(true);
      await expect.poll(() => statuses.at(-1)).toBe('running');
      expect(drops).toBe(0);
      expect(phone.io.engine.transport.name).toBe('polling');
    } finally {
      phone.close();
      facilitator.close();
    }
  });
});
