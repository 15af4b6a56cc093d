/**
 * Registers the service worker that keeps loaded files for offline reloads (public/sw.js), in
 * production builds only: the dev server and the tests' mocks must see every request.
 */
export function registerOfflineCache(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(async (registration) => {
        await navigator.serviceWorker.ready
        // Files this first visit loaded before the worker ran go into its cache too.
        const urls = [
          window.location.href,
          ...performance.getEntriesByType('resource').map((e) => e.name),
        ]
        registration.active?.postMessage({ type: 'cache-loaded', urls })
      })
      .catch(() => undefined)
  })
}
