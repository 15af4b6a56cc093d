/**
 * Registers the service worker that keeps loaded files for offline reloads (public/sw.js), in
 * production builds only: the dev server and the tests' mocks must see every request.
 */
export function registerOfflineCache(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // Files this first visit loaded before the worker controlled the page go into its cache too;
  // sent again when it takes control, for what loaded in between.
  const handOver = (worker: ServiceWorker | null | undefined) => {
    const urls = [
      window.location.href,
      ...performance.getEntriesByType('resource').map((e) => e.name),
    ]
    worker?.postMessage({ type: 'cache-loaded', urls })
  }
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(async (registration) => {
        await navigator.serviceWorker.ready
        handOver(registration.active)
        navigator.serviceWorker.addEventListener('controllerchange', () =>
          handOver(navigator.serviceWorker.controller),
        )
      })
      .catch(() => undefined)
  })
}
