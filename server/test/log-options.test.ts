import { describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { loggerOptions } from '../src/http/log-options.js';

describe('log lines about errors', () => {
  it('keep what went wrong, and nothing an error happens to hold', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const options = loggerOptions('info');
    const app = Fastify({ logger: { ...(options.logger as object), stream } });
    // As node-postgres can: an error that holds its connection, cancel key and all.
    const error = Object.assign(new Error('Connection terminated unexpectedly'), {
      code: 'ECONNRESET',
      client: { secretKey: 1_234_567, password: 'geheim-wachtwoord' },
    });
    app.log.error({ err: error, roomId: 'r_0123456789abcdef' }, 'room error');
    app.log.error({ err: 'a thrown string' }, 'odd error');
    await app.close();
    const [first, second] = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(first).toMatchObject({
      msg: 'room error',
      roomId: 'r_0123456789abcdef',
      err: { type: 'Error', message: 'Connection terminated unexpectedly', code: 'ECONNRESET' },
    });
    expect(String((first!.err as { stack: string }).stack)).toContain('log-options.test.ts');
    expect(lines.join('')).not.toMatch(/secretKey|geheim-wachtwoord/);
    expect(second).toMatchObject({ err: { message: 'a thrown string' } });
  });
});
