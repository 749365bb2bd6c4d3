import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '@samenspel/shared';
import { ConfigError, configFromEnv } from '../src/config.js';
import { clientAddressResolver } from '../src/http/client-address.js';
import { PASSPHRASE, startServer } from './support/server.js';

describe('the address a request is counted under', () => {
  it('is the peer without proxies, whatever the request claims', () => {
    const direct = clientAddressResolver(0);
    expect(direct('10.0.0.7', { 'x-forwarded-for': '203.0.113.9' })).toBe('10.0.0.7');
  });

  it('is the address the nearest proxy saw, never what the client put before it', () => {
    const behindOne = clientAddressResolver(1);
    expect(behindOne('10.0.0.1', { 'x-forwarded-for': '203.0.113.9' })).toBe('203.0.113.9');
    expect(behindOne('10.0.0.1', { 'x-forwarded-for': '1.2.3.4, 203.0.113.9' })).toBe(
      '203.0.113.9',
    );
    expect(behindOne('10.0.0.1', {})).toBe('10.0.0.1');
    const behindTwo = clientAddressResolver(2);
    expect(behindTwo('10.0.0.1', { 'x-forwarded-for': 'spoof, 203.0.113.9, 10.0.0.2' })).toBe(
      '203.0.113.9',
    );
  });

  it('reads SAMENSPEL_TRUST_PROXY as a number of proxies, refusing anything else', () => {
    expect(configFromEnv({}).proxyHops).toBe(0);
    expect(configFromEnv({ SAMENSPEL_TRUST_PROXY: '1' }).proxyHops).toBe(1);
    for (const bad of ['yes', '-1', '1.5', '99']) {
      expect(() => configFromEnv({ SAMENSPEL_TRUST_PROXY: bad })).toThrow(ConfigError);
    }
  });
});

describe('limits behind a reverse proxy', () => {
  const limits = { login: { maxFailures: 2, windowMs: 60_000 } };
  let direct: Awaited<ReturnType<typeof startServer>>;
  let behindProxy: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    direct = await startServer({ addressLimits: limits });
    behindProxy = await startServer({ addressLimits: limits, config: { proxyHops: 1 } });
  });
  afterAll(async () => {
    await direct.stop();
    await behindProxy.stop();
  });

  const signIn = (url: string, forwardedFor: string, passphrase: string) =>
    fetch(url + API.session, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ passphrase }),
    }).then((response) => response.status);

  it('counts each client behind the proxy apart, and a forged header does not escape', async () => {
    for (const { url } of [direct, behindProxy]) {
      expect(await signIn(url, '203.0.113.1', 'fout')).toBe(401);
      expect(await signIn(url, '203.0.113.1', 'fout')).toBe(401);
    }
    // Behind the proxy the guesser is blocked, but not the colleague next to them …
    expect(await signIn(behindProxy.url, '203.0.113.1', PASSPHRASE)).toBe(429);
    expect(await signIn(behindProxy.url, '203.0.113.2', PASSPHRASE)).toBe(200);
    // … and putting another address in front of the real one changes nothing.
    expect(await signIn(behindProxy.url, '198.51.100.7, 203.0.113.1', PASSPHRASE)).toBe(429);
    // Trusting no proxy, the header is ignored: everyone is the one peer.
    expect(await signIn(direct.url, '203.0.113.2', PASSPHRASE)).toBe(429);
  });
});
