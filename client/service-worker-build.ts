import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const SOURCE = fileURLToPath(new URL('./sw/service-worker.ts', import.meta.url));
/** The phone's room, a chunk of its own that the front door fetches when a phone is on its way in. */
const PARTICIPANT_SCREEN = fileURLToPath(
  new URL('./src/screens/participant/ParticipantRoomRoute.tsx', import.meta.url),
);

/** At the site's root, so its scope is every page of the app. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * Builds sw/service-worker.ts into `sw.js` beside index.html, with the build's digest (so every
 * deploy installs a new worker that drops the old cache) and the phone's download (the entry
 * chunk, the phone's room, the chunks they import and their styles) to keep for a reload without network.
 */
export function serviceWorker(): Plugin {
  return {
    name: 'samenspel-service-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SERVICE_WORKER_FILE];
      if (worker?.type !== 'chunk') throw new Error('the service worker was not built');
      const entry = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.isEntry && file.fileName !== SERVICE_WORKER_FILE,
      );
      if (entry?.type !== 'chunk') throw new Error('the build has no entry chunk');
      const room = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.facadeModuleId === PARTICIPANT_SCREEN,
      );
      if (room?.type !== 'chunk') throw new Error('the build has no chunk for the phone’s room');
      const precache = new Set<string>([entry.fileName, room.fileName]);
      // The chunks these import, and theirs, and every one's styles.
      for (const name of precache) {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk') continue;
        for (const imported of chunk.imports) precache.add(imported);
        for (const css of chunk.viteMetadata?.importedCss ?? []) precache.add(css);
      }
      const digest = createHash('sha256');
      for (const name of Object.keys(bundle).sort()) {
        if (name !== SERVICE_WORKER_FILE) digest.update(name);
      }
      worker.code = worker.code
        .replaceAll('__SAMENSPEL_BUILD__', JSON.stringify(digest.digest('hex').slice(0, 16)))
        .replaceAll('__SAMENSPEL_PRECACHE__', JSON.stringify([...precache].map((f) => `/${f}`)));
    },
  };
}
