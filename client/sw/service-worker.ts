/// <reference lib="webworker" />
/**
 * The phone's page on dead Wi-Fi. A reload with no network still opens the app, from this
 * cache, with its token, drafts and unsent answers (all in localStorage) and the last view it
 * saw; the page says it is offline. A new deploy is picked up on the next load: pages come from
 * the network first, and this file changes with every build, so the new worker replaces the
 * old one and its cache.
 *
 * Never cached: the API and the socket (live data), and anything not from this origin.
 */
declare const self: ServiceWorkerGlobalScope;
/** Filled in by the build (client/service-worker-build.ts): a digest of the build's files. */
declare const __SAMENSPEL_BUILD__: string;
/** Filled in by the build: the phone's download (the entry, the phone's room, their imports, styles). */
declare const __SAMENSPEL_PRECACHE__: readonly string[];

const CACHE = `samenspel-${__SAMENSPEL_BUILD__}`;
/** Every page of the app is index.html; the router takes the path. */
const SHELL = '/';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([SHELL, ...__SAMENSPEL_PRECACHE__]);
      // A new build takes over at once: pages come from the network first, so nothing stale shows.
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

function isLive(url: URL): boolean {
  return /^\/(api|socket\.io)(\/|$)/.test(url.pathname);
}

/** A page: the network's answer (kept as the shell for next time), else the kept shell. */
async function page(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const answer = await fetch(request);
    if (answer.ok) await cache.put(SHELL, answer.clone());
    return answer;
  } catch {
    return (await cache.match(SHELL)) ?? Response.error();
  }
}

/** A hashed asset never changes: the kept copy, else the network's, kept for next time. */
async function asset(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const answer = await fetch(request);
  if (answer.ok) await cache.put(request, answer.clone());
  return answer;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || isLive(url)) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});

// A module, so that `self` above is this file's own declaration, typed as a service worker.
export {};
