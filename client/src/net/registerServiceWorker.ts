/**
 * Installs the offline worker (client/sw/service-worker.ts) once the page has loaded, so it never
 * competes with the first download. Browsers allow it only on HTTPS and on localhost; on plain
 * HTTP at a venue the page works as before, without the offline reload. Not in development: Vite
 * serves sources there, and a cache would hide edits.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Refused (private mode, blocked storage): the page works online as before.
    });
  });
}
