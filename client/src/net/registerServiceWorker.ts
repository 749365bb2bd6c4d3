let registered = false;

/**
 * Installs the offline worker (client/sw/service-worker.ts) once a phone's room has been
 * downloaded, and after the page has loaded, so it never competes with the first download: its
 * copies of the entry and the room then come from the browser's cache, and a phone that only
 * opened the front door never fetches the room for it. Browsers allow it only on HTTPS and on
 * localhost; on plain HTTP at a venue the page works as before, without the offline reload. Not
 * in development: Vite serves sources there, and a cache would hide edits. A worker installed
 * earlier checks for a new one on every navigation, whether or not this runs.
 */
export function registerServiceWorker(): void {
  if (registered || !import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  registered = true;
  const register = () => {
    navigator.serviceWorker.register('/sw.js').catch(() => {
      // Refused (private mode, blocked storage): the page works online as before.
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
