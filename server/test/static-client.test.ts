import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { buildApp, type SamenspelApp } from '../src/app.js';
import { HASHED_ASSET_CACHE, REVALIDATED_CACHE } from '../src/http/static-client.js';
import { tempDataDir, testConfig } from './support/server.js';

/** A built client as `vite build` leaves it: hashed assets with brotli and gzip siblings. */
const SCRIPT = `export const greeting = ${JSON.stringify('Goedemorgen, '.repeat(400))};\n`;
const PAGE = `<!doctype html><html lang="nl"><title>Samenspel</title><body>${'<p>Welkom</p>'.repeat(200)}</body></html>`;

function writeWithSiblings(file: string, content: string) {
  writeFileSync(file, content);
  writeFileSync(`${file}.br`, brotliCompressSync(content));
  writeFileSync(`${file}.gz`, gzipSync(content));
}

describe('the built client as the web expects it', () => {
  const data = tempDataDir();
  const clientDir = path.join(data.dir, 'client');
  let app: SamenspelApp;

  beforeAll(async () => {
    mkdirSync(path.join(clientDir, 'assets'), { recursive: true });
    writeWithSiblings(path.join(clientDir, 'index.html'), PAGE);
    writeWithSiblings(path.join(clientDir, 'assets', 'index-Bx7kq2Ma.js'), SCRIPT);
    writeFileSync(path.join(clientDir, 'assets', 'logo-Cq81.png'), Buffer.from([137, 80, 78, 71]));
    app = await buildApp(testConfig(data.dir, { clientDir }));
  });
  afterAll(async () => {
    await app.close();
    data.remove();
  });

  const get = (url: string, acceptEncoding?: string) =>
    app.http.inject({
      url,
      headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
    });

  it('sends a script brotli-compressed to a browser that takes it, and it unpacks to the file', async () => {
    const answer = await get('/assets/index-Bx7kq2Ma.js', 'gzip, deflate, br');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    expect(answer.headers.vary).toMatch(/accept-encoding/i);
    expect(answer.rawPayload.byteLength).toBeLessThan(SCRIPT.length / 5);
    expect(brotliDecompressSync(answer.rawPayload).toString()).toBe(SCRIPT);
  });

  it('falls back to gzip, and to the plain file for a client that takes neither', async () => {
    const gzipped = await get('/assets/index-Bx7kq2Ma.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-Bx7kq2Ma.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    expect(plain.headers.vary).toMatch(/accept-encoding/i);
  });

  it('lets hashed assets be kept for a year, and has index.html asked after on every load', async () => {
    expect((await get('/assets/index-Bx7kq2Ma.js', 'br')).headers['cache-control']).toBe(
      HASHED_ASSET_CACHE,
    );
    expect((await get('/assets/logo-Cq81.png')).headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    for (const page of ['/', '/index.html', '/join/K7W4PX', '/facilitator/studio']) {
      const answer = await get(page, 'br, gzip');
      expect(answer.statusCode, page).toBe(200);
      expect(answer.headers['cache-control'], page).toBe(REVALIDATED_CACHE);
      expect(answer.headers['content-type'], page).toMatch(/^text\/html/);
      expect(brotliDecompressSync(answer.rawPayload).toString(), page).toBe(PAGE);
    }
  });

  it('answers a missing asset of an old build with 404, not with the page', async () => {
    const answer = await get('/assets/index-OLDBUILD.js', 'br');
    expect(answer.statusCode).toBe(404);
    expect(answer.headers['content-type']).toMatch(/json/);
  });
});
