import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  JOIN_LINK_HEADER,
  JoinLinkSchema,
  type Handshake,
  type RoomSummary,
} from '@samenspel/shared';
import { createRoom, login } from './support/http.js';
import { TestClient } from './support/client.js';
import { PASSPHRASE, startServer } from './support/server.js';
import { JOIN_CODE_LIMIT, LOGIN_LIMIT } from '../src/http/address-limiter.js';
import { ADDRESS_CEILING_FACTOR, DEVICE_CODE_FAILURES } from '../src/http/code-gate.js';

/**
 * A browser as far as the limits see it: its cookies (the device id the server gives it) and
 * the address 127.0.0.1, which every phone here shares, as a class behind one router does.
 */
class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly url: string) {}

  get cookieHeader(): Record<string, string> {
    const jar = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return jar === '' ? {} : { cookie: jar };
  }

  /** A guesser who throws every cookie away. */
  forget(): void {
    this.cookies.clear();
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(this.url + path, {
      ...init,
      headers: { ...this.cookieHeader, ...(init.headers as Record<string, string>) },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
    return response;
  }

  async lookUp(code: string, link?: string): Promise<number> {
    const headers: Record<string, string> = link ? { [JOIN_LINK_HEADER]: link } : {};
    return (await this.fetch(API.join(code), { headers })).status;
  }

  /** The phone's socket: 'connected' as a guest, or the handshake's refusal. */
  async connect(code: string, link?: string): Promise<TestClient | string> {
    const auth: Handshake = link
      ? { v: 1, role: 'participant', code, link }
      : { v: 1, role: 'participant', code };
    return TestClient.connect(this.url, auth, this.cookieHeader).catch(
      (error: Error) => error.message,
    );
  }

  signIn(passphrase: string): Promise<Response> {
    return this.fetch(API.session, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ passphrase }),
    });
  }
}

const WRONG = (i: number) =>
  `Z${'ABCDEFGHJKMNPQRSTUVWXY'[i % 22]}${'23456789'[Math.floor(i / 22) % 8]}Z${'QRSTUVWX'[Math.floor(i / 176) % 8]}Z`;

describe('a class of 30 behind one address while one of them guesses', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let skewMs = 0;
  let token: string;
  let room: RoomSummary;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ now: () => Date.now() + skewMs });
    token = await login(server.url);
    room = await createRoom(server.url, token);
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await server.stop();
  });
  const nextWindow = () => {
    skewMs += JOIN_CODE_LIMIT.windowMs;
  };

  /** A phone joins: guest socket, then the join command. */
  const joins = async (phone: Browser, link?: string): Promise<boolean> => {
    const client = await phone.connect(room.code, link);
    if (typeof client === 'string') return false;
    clients.push(client);
    const ack = await client.send({ type: 'join', name: null });
    return ack.ok;
  };

  it('blocks the phone of a guesser who keeps their cookie, and no one else', async () => {
    const guesser = new Browser(server.url);
    for (let i = 0; i < DEVICE_CODE_FAILURES; i++) expect(await guesser.lookUp(WRONG(i))).toBe(404);
    // Their own phone is stopped, right code or wrong, over HTTP and socket alike.
    expect(await guesser.lookUp(room.code)).toBe(429);
    expect(await guesser.lookUp(WRONG(99))).toBe(429);
    expect(await guesser.connect(room.code)).toBe('rate_limited');

    const class29 = Array.from({ length: 29 }, () => new Browser(server.url));
    for (const [i, phone] of class29.entries()) {
      expect(await phone.lookUp(room.code), `phone ${i + 1}`).toBe(200);
      expect(await joins(phone), `phone ${i + 1}`).toBe(true);
    }
    nextWindow();
  });

  it('keeps a guesser who throws cookies away to the address budget, while classmates with a device, a QR link or a token get in', async () => {
    const link = await joinLinkToken(room.roomId, room.presenterKey);
    // Fifteen classmates opened the page before the guessing started: each has a device cookie.
    const early = Array.from({ length: 15 }, () => new Browser(server.url));
    for (const phone of early) expect(await phone.lookUp(room.code)).toBe(200);

    const guesser = new Browser(server.url);
    let guesses = 0;
    for (; guesses < 10 * JOIN_CODE_LIMIT.maxFailures; guesses++) {
      guesser.forget();
      const status = await guesser.lookUp(WRONG(guesses));
      if (status === 429) break;
      expect(status).toBe(404);
    }
    // Exactly the address budget: a fresh cookie each time bought nothing.
    expect(guesses).toBe(JOIN_CODE_LIMIT.maxFailures);
    guesser.forget();
    expect(await guesser.lookUp(room.code)).toBe(429);
    expect(await guesser.connect(room.code)).toBe('rate_limited');

    // The fifteen with a device join; so do fourteen who scan the QR code, cookies or not.
    for (const phone of early) expect(await joins(phone)).toBe(true);
    const scanners = Array.from({ length: 14 }, () => new Browser(server.url));
    for (const phone of scanners) {
      expect(await phone.lookUp(room.code, link)).toBe(200);
      expect(await joins(phone, link)).toBe(true);
    }
    // The link's token opens its own room only: for another code it is a guess like any other.
    expect(await new Browser(server.url).lookUp(WRONG(1), link)).toBe(429);
    nextWindow();
  });

  it('bounds a guesser who hoards device ids at the address ceiling', async () => {
    const ceiling = JOIN_CODE_LIMIT.maxFailures * ADDRESS_CEILING_FACTOR;
    // Fresh devices, each taken with a right code (which costs nothing)…
    const hoard = Array.from(
      { length: Math.ceil(ceiling / DEVICE_CODE_FAILURES) + 5 },
      () => new Browser(server.url),
    );
    for (const device of hoard) expect(await device.lookUp(room.code)).toBe(200);
    // …then used up, three wrong codes each.
    let guesses = 0;
    let refused = 0;
    for (const device of hoard) {
      for (let i = 0; i < DEVICE_CODE_FAILURES; i++) {
        const status = await device.lookUp(WRONG(guesses + refused));
        if (status === 404) guesses++;
        else refused++;
      }
    }
    expect(guesses).toBe(ceiling);
    expect(refused).toBe(hoard.length * DEVICE_CODE_FAILURES - ceiling);
    // Past the ceiling a device with a clean record waits too; the QR link still opens.
    const classmate = new Browser(server.url);
    expect(await classmate.lookUp(room.code)).toBe(429);
    const link = await joinLinkToken(room.roomId, room.presenterKey);
    expect(await classmate.lookUp(room.code, link)).toBe(200);
    expect(await joins(classmate, link)).toBe(true);
    nextWindow();
  });

  it('hands the QR link’s token to the presenter and the facilitator only', async () => {
    const ask = (key: string) =>
      fetch(server.url + API.joinLink(room.roomId), {
        headers: { authorization: `Bearer ${key}` },
      });
    expect((await ask(room.presenterKey)).status).toBe(200);
    expect((await ask(room.facilitatorKey)).status).toBe(200);
    expect((await ask(token)).status).toBe(200);
    const other = await createRoom(server.url, token);
    expect((await ask(other.presenterKey)).status).toBe(401);
    expect((await ask('')).status).toBe(401);
    const nowhere = await fetch(server.url + API.joinLink('r-bestaat-niet'), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(nowhere.status).toBe(404);
  });

  it('lets a trainer whose browser logged in before log in while the network is blocked for wrong passphrases', async () => {
    const trainer = new Browser(server.url);
    expect((await trainer.signIn(PASSPHRASE)).status).toBe(200);

    const guesser = new Browser(server.url);
    for (let i = 0; i < LOGIN_LIMIT.maxFailures; i++) {
      expect((await guesser.signIn(`gok-${i}`)).status).toBe(401);
    }
    expect((await guesser.signIn(PASSPHRASE)).status).toBe(429);
    // A browser that never logged in waits with its network; the trainer's own does not.
    expect((await new Browser(server.url).signIn(PASSPHRASE)).status).toBe(429);
    expect((await trainer.signIn(PASSPHRASE)).status).toBe(200);

    // The trainer's browser has a budget of its own, which its own wrong tries use up.
    for (let i = 0; i < LOGIN_LIMIT.maxFailures; i++) {
      expect((await trainer.signIn(`typfout-${i}`)).status).toBe(401);
    }
    const blocked = await trainer.signIn(PASSPHRASE);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    nextWindow();
  });

  const joinLinkToken = async (roomId: string, presenterKey: string): Promise<string> => {
    const response = await fetch(server.url + API.joinLink(roomId), {
      headers: { authorization: `Bearer ${presenterKey}` },
    });
    return JoinLinkSchema.parse(await response.json()).token;
  };
});
